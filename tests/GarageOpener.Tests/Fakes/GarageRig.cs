// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using GarageOpener.Firmware.Controller;
using Shared.Crypto.Audit;

namespace GarageOpener.Tests.Fakes
{
    /// <summary>
    /// A controller on fake pins with a simulated opener and a fake clock. <see cref="Run"/> steps time in
    /// 20 ms polls, like the device's poll thread, moving the simulated door between polls.
    /// </summary>
    public sealed class GarageRig
    {
        public const int Step = 20;
        public const int OwnerId = 7;

        public GarageRig(double doorPosition = 0.0, bool separateButtons = false, bool openLimitFitted = true,
            long start = 1_000, bool simulate = true)
        {
            Now = start;
            Relay = new FakeOutput(() => Now);
            CloseRelay = separateButtons ? new FakeOutput(() => Now) : null;
            StopRelay = separateButtons ? new FakeOutput(() => Now) : null;
            Light = new FakeOutput(() => Now);
            Buzzer = new FakeOutput(() => Now);
            ClosedLimit = new FakeInput();
            OpenLimit = openLimitFitted ? new FakeInput() : null;
            Obstruction = new FakeInput();
            Sink = new RecordingSink();
            Pulser = new RelayPulser(Relay, CloseRelay, StopRelay);
            Warning = new WarningSignal(Light, Buzzer, new FuncClock(() => Now));
            Controller = new GarageController(ClosedLimit, OpenLimit, Obstruction, Pulser, Warning, Sink);
            if (simulate)
            {
                Door = new SimulatedOpener(Relay, CloseRelay, StopRelay, ClosedLimit, OpenLimit, doorPosition);
            }
        }

        public long Now { get; private set; }

        public FakeOutput Relay { get; }
        public FakeOutput CloseRelay { get; }
        public FakeOutput StopRelay { get; }
        public FakeOutput Light { get; }
        public FakeOutput Buzzer { get; }
        public FakeInput ClosedLimit { get; }
        public FakeInput OpenLimit { get; }
        public FakeInput Obstruction { get; }
        public RecordingSink Sink { get; }
        public RelayPulser Pulser { get; }
        public WarningSignal Warning { get; }
        public GarageController Controller { get; }
        public SimulatedOpener Door { get; }

        public DoorState State => Controller.Snapshot(Now).State;

        public GarageSnapshot Snapshot => Controller.Snapshot(Now);

        /// <summary>Polls every 20 ms for <paramref name="ms"/> milliseconds.</summary>
        public GarageRig Run(long ms)
        {
            for (long t = 0; t < ms; t += Step)
            {
                Door?.Step(Step);
                Now = unchecked(Now + Step);
                Controller.Poll(Now);
            }

            return this;
        }

        /// <summary>Polls until <paramref name="done"/> holds, at most <paramref name="maxMs"/>; returns the time waited.</summary>
        public long RunUntil(Func<GarageRig, bool> done, long maxMs = 120_000)
        {
            long waited = 0;
            while (!done(this))
            {
                if (waited >= maxMs)
                {
                    throw new TimeoutException("condition not reached in " + maxMs + " ms; state " + State);
                }

                Run(Step);
                waited += Step;
            }

            return waited;
        }

        /// <summary>Lets the limit switches settle after boot.</summary>
        public GarageRig Boot()
        {
            return Run(200);
        }

        public GarageRig Configure(Action<GarageSettings> change)
        {
            GarageSettings s = Controller.Settings;
            change(s);
            byte r = Controller.ApplySettings(s, ActorKind.Owner, OwnerId, true, Now);
            if (r != GarageReason.Done)
            {
                throw new InvalidOperationException("settings refused: " + r);
            }

            return this;
        }

        public byte Open(bool isAdmin = true, ActorKind actor = ActorKind.Owner, int id = OwnerId) =>
            Controller.Open(actor, id, isAdmin, Now);

        public byte Close(bool isAdmin = true, ActorKind actor = ActorKind.Owner, int id = OwnerId) =>
            Controller.Close(actor, id, isAdmin, Now);

        public byte Stop(ActorKind actor = ActorKind.Owner, int id = OwnerId) => Controller.Stop(actor, id, true, Now);

        /// <summary>Gets all relay presses (any channel).</summary>
        public int Presses => Relay.Rises + (CloseRelay?.Rises ?? 0) + (StopRelay?.Rises ?? 0);
    }
}
