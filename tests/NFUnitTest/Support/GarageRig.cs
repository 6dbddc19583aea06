// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using GarageOpener.Firmware.Controller;
using Shared.Crypto.Audit;

namespace NFUnitTest
{
    /// <summary>
    /// The garage controller wired to fake pins, a simulated opener and a fake clock: every test drives time
    /// explicitly and observes the relay, light and buzzer as a wiring harness would.
    /// </summary>
    public sealed class GarageRig
    {
        /// <summary>Poll period in milliseconds.</summary>
        public const int Step = 20;

        /// <summary>The key id the helpers act as.</summary>
        public const int OwnerId = 7;

        /// <summary>Initializes a new instance of the <see cref="GarageRig"/> class.</summary>
        /// <param name="position">Door position in thousandths (0 closed, 1000 open).</param>
        /// <param name="separateButtons">Fit close and stop relays.</param>
        /// <param name="openLimitFitted">Fit the open limit switch.</param>
        /// <param name="simulate">Attach the simulated opener.</param>
        public GarageRig(int position, bool separateButtons, bool openLimitFitted, bool simulate)
        {
            Clock = new FakeClock(1000);
            Relay = new FakeOutput(Clock);
            CloseRelay = separateButtons ? new FakeOutput(Clock) : null;
            StopRelay = separateButtons ? new FakeOutput(Clock) : null;
            Light = new FakeOutput(Clock);
            Buzzer = new FakeOutput(Clock);
            ClosedLimit = new FakeInput();
            OpenLimit = openLimitFitted ? new FakeInput() : null;
            Obstruction = new FakeInput();
            Sink = new RecordingGarageSink();
            Controller = new GarageController(ClosedLimit, OpenLimit, Obstruction, new RelayPulser(Relay, CloseRelay, StopRelay),
                new WarningSignal(Light, Buzzer, Clock), Sink);
            if (simulate)
            {
                Door = new SimulatedOpener(Relay, CloseRelay, StopRelay, ClosedLimit, OpenLimit, position);
            }
        }

        /// <summary>Gets the fake clock.</summary>
        public FakeClock Clock { get; private set; }

        /// <summary>Gets the current time.</summary>
        public long Now
        {
            get { return Clock.NowMilliseconds; }
        }

        /// <summary>Gets the toggle (or open) relay.</summary>
        public FakeOutput Relay { get; private set; }

        /// <summary>Gets the close relay (separate buttons) or null.</summary>
        public FakeOutput CloseRelay { get; private set; }

        /// <summary>Gets the stop relay (separate buttons) or null.</summary>
        public FakeOutput StopRelay { get; private set; }

        /// <summary>Gets the warning light.</summary>
        public FakeOutput Light { get; private set; }

        /// <summary>Gets the buzzer.</summary>
        public FakeOutput Buzzer { get; private set; }

        /// <summary>Gets the closed limit switch.</summary>
        public FakeInput ClosedLimit { get; private set; }

        /// <summary>Gets the open limit switch or null.</summary>
        public FakeInput OpenLimit { get; private set; }

        /// <summary>Gets the obstruction input.</summary>
        public FakeInput Obstruction { get; private set; }

        /// <summary>Gets the recording sink.</summary>
        public RecordingGarageSink Sink { get; private set; }

        /// <summary>Gets the controller under test.</summary>
        public GarageController Controller { get; private set; }

        /// <summary>Gets the simulated opener or null.</summary>
        public SimulatedOpener Door { get; private set; }

        /// <summary>Gets the current state.</summary>
        public DoorState State
        {
            get { return Controller.Snapshot(Now).State; }
        }

        /// <summary>Gets a fresh snapshot.</summary>
        public GarageSnapshot Snapshot
        {
            get { return Controller.Snapshot(Now); }
        }

        /// <summary>A closed door (toggle opener, both limits) after boot.</summary>
        /// <returns>The rig.</returns>
        public static GarageRig Closed()
        {
            return new GarageRig(0, false, true, true).Boot();
        }

        /// <summary>An open door (toggle opener, both limits) after boot.</summary>
        /// <returns>The rig.</returns>
        public static GarageRig Opened()
        {
            return new GarageRig(SimulatedOpener.Top, false, true, true).Boot();
        }

        /// <summary>Runs the door and controller in poll steps.</summary>
        /// <param name="ms">Milliseconds.</param>
        /// <returns>This rig.</returns>
        public GarageRig Run(long ms)
        {
            for (long t = 0; t < ms; t += Step)
            {
                if (Door != null)
                {
                    Door.Step(Step);
                }

                Clock.Advance(Step);
                Controller.Poll(Now);
            }

            return this;
        }

        /// <summary>Lets time pass in coarse steps while nothing moves (long waits stay cheap on nanoCLR).</summary>
        /// <param name="ms">Milliseconds.</param>
        /// <returns>This rig.</returns>
        public GarageRig Idle(long ms)
        {
            const int Coarse = 250;
            for (long t = 0; t < ms; t += Coarse)
            {
                if (Door != null)
                {
                    Door.Step(Coarse);
                }

                Clock.Advance(Coarse);
                Controller.Poll(Now);
            }

            return this;
        }

        /// <summary>Runs until the state is reached.</summary>
        /// <param name="state">The state.</param>
        /// <returns>Milliseconds waited.</returns>
        /// <exception cref="Exception">Not reached within two minutes.</exception>
        public long RunUntil(DoorState state)
        {
            long waited = 0;
            while (State != state)
            {
                Fail(waited, "state " + ((int)state).ToString());
                Run(Step);
                waited += Step;
            }

            return waited;
        }

        /// <summary>Runs until the state is left.</summary>
        /// <param name="state">The state.</param>
        /// <returns>Milliseconds waited.</returns>
        public long RunWhile(DoorState state)
        {
            long waited = 0;
            while (State == state)
            {
                Fail(waited, "leaving state " + ((int)state).ToString());
                Run(Step);
                waited += Step;
            }

            return waited;
        }

        /// <summary>Runs until the relay has risen <paramref name="rises"/> times.</summary>
        /// <param name="rises">Rise count.</param>
        /// <returns>Milliseconds waited.</returns>
        public long RunUntilPresses(int rises)
        {
            long waited = 0;
            while (Relay.Rises < rises)
            {
                Fail(waited, "press " + rises.ToString());
                Run(Step);
                waited += Step;
            }

            return waited;
        }

        /// <summary>Runs until the warning is active.</summary>
        /// <returns>Milliseconds waited.</returns>
        public long RunUntilWarning()
        {
            long waited = 0;
            while (!Snapshot.WarningActive)
            {
                Fail(waited, "warning");
                Run(Step);
                waited += Step;
            }

            return waited;
        }

        /// <summary>Lets the inputs settle after power-up.</summary>
        /// <returns>This rig.</returns>
        public GarageRig Boot()
        {
            return Run(200);
        }

        /// <summary>Applies settings as the owner would.</summary>
        /// <param name="settings">The settings.</param>
        /// <returns>This rig.</returns>
        public GarageRig Configure(GarageSettings settings)
        {
            byte r = Controller.ApplySettings(settings, ActorKind.Owner, OwnerId, true, Now);
            if (r != GarageReason.Done)
            {
                throw new InvalidOperationException("settings refused: " + r.ToString());
            }

            return this;
        }

        /// <summary>Owner open.</summary>
        /// <returns>Reason code.</returns>
        public byte Open()
        {
            return Controller.Open(ActorKind.Owner, OwnerId, true, Now);
        }

        /// <summary>Owner close.</summary>
        /// <returns>Reason code.</returns>
        public byte Close()
        {
            return Controller.Close(ActorKind.Owner, OwnerId, true, Now);
        }

        /// <summary>Owner stop.</summary>
        /// <returns>Reason code.</returns>
        public byte Stop()
        {
            return Controller.Stop(ActorKind.Owner, OwnerId, true, Now);
        }

        private static void Fail(long waited, string what)
        {
            if (waited >= 120000)
            {
                throw new Exception(what + " not reached in 120 s");
            }
        }
    }
}
