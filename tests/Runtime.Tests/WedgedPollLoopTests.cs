// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware;
using Doorbell.Firmware.Board;
using GarageOpener.Firmware;
using GarageOpener.Firmware.Board;
using GarageOpener.Firmware.Controller;
using nanoFramework.HostEmulation.Board;
using Runtime.Tests.Support;
using Shared.Crypto.Primitives;
using Shared.Crypto.Storage;
using Shared.Runtime.Config;
using Shared.Runtime.Device;
using Xunit;

namespace Runtime.Tests
{
    /// <summary>
    /// Only the poll loop switches outputs off; if it wedges, the supervisor's reboot (which drops every pin) is
    /// the backstop. It must come soon after the longest relay pulse, not seconds later.
    /// </summary>
    public sealed class WedgedPollLoopTests
    {
        private sealed class RecordingRebooter : IRebooter
        {
            public int Reboots;

            public void Reboot(string reason) => Reboots++;
        }

        private static DeviceRuntime NewRuntime(FakeClock clock, IRebooter rebooter)
        {
            DevicePlatform platform = new DevicePlatform
            {
                Config = new DeviceConfig(),
                Storage = new MemoryStorageMedium(),
                Random = new SeededRandom(5),
                Crypto = new ManagedCryptoBackend(),
                Clock = clock,
                Log = new ListLog(),
                Transport = new MemoryTransport(),
                Rebooter = rebooter,
            };
            return new DeviceRuntime(platform, "test", null);
        }

        // Runs the supervisor's checks every CheckIntervalMs from the last beat; returns when it rebooted.
        private static long RebootAfter(Supervisor supervisor, RecordingRebooter rebooter, long lastBeat)
        {
            for (long t = lastBeat + Supervisor.CheckIntervalMs; t < lastBeat + 60000; t += Supervisor.CheckIntervalMs)
            {
                supervisor.Check(t);
                if (rebooter.Reboots > 0)
                {
                    return t - lastBeat;
                }
            }

            return long.MaxValue;
        }

        [Fact]
        public void AGarageRelayHeldByAWedgedPollLoopIsDroppedByARebootWithinThreeLongestPulses()
        {
            using BoardScope scope = VirtualBoard.Install(new VirtualBoard());
            GaragePinMap map = GaragePinMap.DevKitC();
            GarageOpener.Virtual.VirtualDeviceHost.Wire(scope.Board, map);
            FakeClock clock = new FakeClock();
            GarageDevice device = GarageOpener.Firmware.Program.Start(map, new ListLog(), clock);
            RecordingRebooter rebooter = new RecordingRebooter();
            DeviceRuntime runtime = NewRuntime(clock, rebooter);
            clock.Now = 10000;
            device.AttachRuntime(runtime);

            // The loop's last beat, then a pulse of the longest length, then the loop never polls again.
            Assert.True(device.Relay.TryPulse(RelayChannel.Primary, GarageSettings.MaxPulseMs, 0, clock.Now));
            long energisedFor = RebootAfter(runtime.Supervisor, rebooter, clock.Now);

            Assert.True(device.Relay.IsPulsing);
            Assert.True(energisedFor <= 3 * GarageSettings.MaxPulseMs, "relay held " + energisedFor + " ms");
        }

        [Fact]
        public void AWedgedDoorbellPollLoopRebootsTheBoardWithinThreeSeconds()
        {
            using BoardScope scope = VirtualBoard.Install(new VirtualBoard());
            FakeClock clock = new FakeClock();
            DoorbellDevice device = Doorbell.Firmware.Program.Start(DoorbellPinMap.DevKitC(), new ListLog(), clock);
            RecordingRebooter rebooter = new RecordingRebooter();
            DeviceRuntime runtime = NewRuntime(clock, rebooter);
            clock.Now = 10000;
            device.AttachRuntime(runtime);

            long silentFor = RebootAfter(runtime.Supervisor, rebooter, clock.Now);

            Assert.True(silentFor <= 3000, "outputs unattended for " + silentFor + " ms");
        }
    }
}
