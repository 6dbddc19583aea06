// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using EndToEnd.Tests.Support;
using OwnerTool.Core;
using Xunit;

namespace EndToEnd.Tests
{
    /// <summary>The okf executable itself, as a child process, against the virtual devices: exit codes and messages.</summary>
    public sealed class OkfExecutableTests : IClassFixture<PairedWorld>
    {
        private readonly PairedWorld _world;

        public OkfExecutableTests(PairedWorld world)
        {
            _world = world;
        }

        [Fact]
        public void OkfPairsCommandsAndReportsRefusalsAndSilenceWithDistinctExitCodes()
        {
            using Owner member = new Owner(_world.Broker);
            OkfRun invite = OkfProcess.Run(_world.Admin, "invite", PairedWorld.DoorbellName, "--no-qr");
            Assert.True(invite.Code == 0, invite.ToString());
            _world.Doorbell.LongPressSetupButton();
            OkfRun pair = OkfProcess.Run(member, "pair", InviteTests.UriIn(invite), "--name", "front");
            Assert.True(pair.Code == 0, pair.ToString());
            Assert.Contains("paired with doorbell " + _world.Doorbell.DeviceIdHex + " as 'front'", pair.Output);

            OkfRun status = OkfProcess.Run(member, "doorbell", "status", "front");
            Assert.True(status.Code == 0, status.ToString());
            Assert.Contains("status: done", status.Output);

            // A member asking for the admin's key list: authenticated, answered, refused with its reason.
            OkfRun keys = OkfProcess.Run(member, "keys", "list", "front");
            Assert.Equal((int)ExitCode.Refused, keys.Code);
            Assert.Contains("refused", keys.Error);
            Assert.Contains("Forbidden", keys.Error);

            // Revoked: the device stays silent, so the tool times out (and says it may not have run).
            _world.Admin.Client.RevokeKey(PairedWorld.DoorbellName, (byte)member.Entry("front").KeyId, System.Threading.CancellationToken.None);
            OkfRun revoked = OkfProcess.Run(member, "doorbell", "status", "front", "--timeout", "3");
            Assert.Equal((int)ExitCode.TimedOut, revoked.Code);
            Assert.Contains("timed out", revoked.Error);
        }
    }
}
