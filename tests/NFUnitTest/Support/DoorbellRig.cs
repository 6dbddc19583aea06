// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;
using Shared.Crypto.Audit;

namespace NFUnitTest
{
    /// <summary>The doorbell controller on fake pins and a fake clock, polled every 10 ms as the device does.</summary>
    public sealed class DoorbellRig
    {
        /// <summary>Poll period in milliseconds.</summary>
        public const int PollStepMs = 10;

        /// <summary>Initializes a new instance of the <see cref="DoorbellRig"/> class.</summary>
        /// <param name="settings">Settings or null for defaults.</param>
        /// <param name="strike">Fit the door strike.</param>
        /// <param name="queueCapacity">Offline event queue capacity.</param>
        /// <param name="start">Clock start.</param>
        /// <param name="setupHeldAtBoot">Setup button held at power-up.</param>
        /// <param name="online">Start online.</param>
        public DoorbellRig(DoorbellSettings settings, bool strike, int queueCapacity, long start, bool setupHeldAtBoot, bool online)
        {
            Clock = new FakeClock(start);
            Button = new FakeInput();
            Setup = new FakeInput();
            Setup.IsActive = setupHeldAtBoot;
            Motion = new FakeInput();
            Chime = new FakeOutput(Clock);
            Camera = new FakeOutput(Clock);
            Strike = new FakeOutput(Clock);
            Led = new FakeOutput(Clock);
            Sink = new DoorbellFakeSink();
            Pairing = new FakePairing();
            Reset = new FakeFactoryReset();
            DoorbellPorts ports = new DoorbellPorts();
            ports.Button = Button;
            ports.SetupButton = Setup;
            ports.Motion = Motion;
            ports.ChimeRelay = Chime;
            ports.CameraTrigger = Camera;
            ports.StrikeRelay = strike ? Strike : null;
            ports.StatusLed = Led;
            Controller = new DoorbellController(ports, settings, queueCapacity);
            Controller.AttachSink(Sink);
            Controller.AttachPairing(Pairing);
            Controller.AttachFactoryReset(Reset);
            Controller.SetOnline(online, Now);
            Controller.Poll(Now);
        }

        /// <summary>Gets the fake clock.</summary>
        public FakeClock Clock { get; private set; }

        /// <summary>Gets the current time.</summary>
        public long Now
        {
            get { return Clock.NowMilliseconds; }
        }

        /// <summary>Gets the outside button.</summary>
        public FakeInput Button { get; private set; }

        /// <summary>Gets the setup button.</summary>
        public FakeInput Setup { get; private set; }

        /// <summary>Gets the motion sensor.</summary>
        public FakeInput Motion { get; private set; }

        /// <summary>Gets the chime relay.</summary>
        public FakeOutput Chime { get; private set; }

        /// <summary>Gets the camera trigger.</summary>
        public FakeOutput Camera { get; private set; }

        /// <summary>Gets the door strike relay.</summary>
        public FakeOutput Strike { get; private set; }

        /// <summary>Gets the status LED.</summary>
        public FakeOutput Led { get; private set; }

        /// <summary>Gets the event sink.</summary>
        public DoorbellFakeSink Sink { get; private set; }

        /// <summary>Gets the pairing control.</summary>
        public FakePairing Pairing { get; private set; }

        /// <summary>Gets the factory reset.</summary>
        public FakeFactoryReset Reset { get; private set; }

        /// <summary>Gets the controller under test.</summary>
        public DoorbellController Controller { get; private set; }

        /// <summary>An online doorbell with default settings, strike and motion sensor fitted.</summary>
        /// <returns>The rig.</returns>
        public static DoorbellRig Default()
        {
            return new DoorbellRig(null, true, DoorbellLimits.DefaultQueueCapacity, 1000, false, true);
        }

        /// <summary>An online doorbell with the given settings.</summary>
        /// <param name="settings">The settings.</param>
        /// <returns>The rig.</returns>
        public static DoorbellRig With(DoorbellSettings settings)
        {
            return new DoorbellRig(settings, true, DoorbellLimits.DefaultQueueCapacity, 1000, false, true);
        }

        /// <summary>Polls every <paramref name="step"/> ms for <paramref name="ms"/> ms.</summary>
        /// <param name="ms">Duration.</param>
        /// <param name="step">Poll period.</param>
        public void Run(long ms, int step)
        {
            long done = 0;
            while (done < ms)
            {
                long d = ms - done < step ? ms - done : step;
                Clock.Advance(d);
                done += d;
                Controller.Poll(Now);
            }
        }

        /// <summary>Polls at the device's period.</summary>
        /// <param name="ms">Duration.</param>
        public void Run(long ms)
        {
            Run(ms, PollStepMs);
        }

        /// <summary>Holds the outside button, releases it, and lets 100 ms pass.</summary>
        /// <param name="ms">Hold time.</param>
        public void Press(long ms)
        {
            Button.IsActive = true;
            Run(ms);
            Button.IsActive = false;
            Run(100);
        }

        /// <summary>Reads the status as an owner.</summary>
        /// <returns>The snapshot.</returns>
        public DoorbellSnapshot Status()
        {
            DoorbellSnapshot s = new DoorbellSnapshot();
            Controller.Status(s, ActorKind.Owner, 1, Now);
            return s;
        }
    }
}
