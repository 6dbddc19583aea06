// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;

namespace Doorbell.Tests.Fakes
{
    /// <summary>
    /// A controller on fake pins with a fake clock. Time moves only through <see cref="Run"/>, which polls
    /// every <see cref="PollStepMs"/> as the device loop would.
    /// </summary>
    public sealed class DoorbellRig
    {
        /// <summary>The poll step of the rig, like the device loop.</summary>
        public const int PollStepMs = 10;

        public DoorbellRig(
            DoorbellSettings settings = null,
            bool strike = true,
            bool motion = true,
            int queueCapacity = 16,
            long start = 1000,
            bool setupHeldAtBoot = false,
            bool online = true,
            bool buttonHeldAtBoot = false)
        {
            Now = start;
            Button = new FakeInput { Active = buttonHeldAtBoot };
            Setup = new FakeInput { Active = setupHeldAtBoot };
            Motion = new FakeInput();
            Chime = new FakeOutput(() => Now);
            Camera = new FakeOutput(() => Now);
            Strike = new FakeOutput(() => Now);
            Led = new FakeOutput(() => Now);
            DoorbellPorts ports = new DoorbellPorts
            {
                Button = Button,
                SetupButton = Setup,
                Motion = motion ? Motion : null,
                ChimeRelay = Chime,
                CameraTrigger = Camera,
                StrikeRelay = strike ? Strike : null,
                StatusLed = Led,
            };
            Controller = new DoorbellController(ports, settings, queueCapacity);
            Controller.AttachSink(Sink);
            Controller.AttachPairing(Pairing);
            Controller.AttachFactoryReset(Reset);
            Controller.SetOnline(online, Now);
            Controller.Poll(Now);
        }

        public long Now { get; private set; }

        public FakeInput Button { get; }

        public FakeInput Setup { get; }

        public FakeInput Motion { get; }

        public FakeOutput Chime { get; }

        public FakeOutput Camera { get; }

        public FakeOutput Strike { get; }

        public FakeOutput Led { get; }

        public FakeSink Sink { get; } = new FakeSink();

        public FakePairing Pairing { get; } = new FakePairing();

        public FakeFactoryReset Reset { get; } = new FakeFactoryReset();

        public DoorbellController Controller { get; }

        /// <summary>Advances time by <paramref name="ms"/>, polling every step.</summary>
        public void Run(long ms, int step = PollStepMs)
        {
            long done = 0;
            while (done < ms)
            {
                long d = ms - done < step ? ms - done : step;
                Now = unchecked(Now + d);
                done += d;
                Controller.Poll(Now);
            }
        }

        /// <summary>Holds the doorbell button for <paramref name="ms"/>, then lets go and waits 100 ms.</summary>
        public void Press(long ms, int step = PollStepMs)
        {
            Button.Active = true;
            Run(ms, step);
            Button.Active = false;
            Run(100, step);
        }

        /// <summary>Gets the status as the owner sees it.</summary>
        public DoorbellSnapshot Status()
        {
            DoorbellSnapshot s = new DoorbellSnapshot();
            Controller.Status(s, Shared.Crypto.Audit.ActorKind.Owner, 1, Now);
            return s;
        }
    }
}
