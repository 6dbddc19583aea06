// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Linq;
using System.Threading;
using EndToEnd.Tests.Support;
using OwnerTool.Core;
using Xunit;

namespace EndToEnd.Tests
{
    /// <summary>
    /// Inviting a new person with the okf executable against the real garage firmware on mosquitto: the printed
    /// pairing URI is dead once the device has an owner, so a revoked member who kept it cannot slip in during the
    /// window the admin opened for the newcomer; the newcomer pairs with the one-time invite.
    /// </summary>
    public sealed class InviteTests : IClassFixture<PairedWorld>
    {
        private readonly PairedWorld _world;

        public InviteTests(PairedWorld world)
        {
            _world = world;
        }

        /// <summary>Finds the invite URI in okf invite's output.</summary>
        /// <param name="run">The okf invite run.</param>
        /// <returns>The URI.</returns>
        public static string UriIn(OkfRun run) =>
            run.Output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("okf://pair?", StringComparison.Ordinal));

        [Fact]
        public void ARevokedMemberWithTheOldUriCannotRePairDuringTheInviteWindowAndTheNewcomerCan()
        {
            InProcessDevice garage = _world.Garage;
            string printedUri = garage.ReadPairingUri();

            // A member joins by invite, has seen the printed URI (a photo of the QR), and is revoked later.
            using Owner member = new Owner(_world.Broker);
            PairedDevice memberEntry = member.Pair(garage, PairedWorld.GarageName, _world.Admin);
            OkfRun revoke = OkfProcess.Run(_world.Admin, "keys", "revoke", memberEntry.KeyId.ToString(), PairedWorld.GarageName);
            Assert.True(revoke.Code == 0, revoke.ToString());
            Assert.Equal(1, garage.Runtime.Registry.Count);

            // The admin invites a newcomer with the real okf and opens the window at the device.
            OkfRun invite = OkfProcess.Run(_world.Admin, "invite", PairedWorld.GarageName);
            Assert.True(invite.Code == 0, invite.ToString());
            string inviteUri = UriIn(invite);
            Assert.Contains("&i=", inviteUri);
            Assert.DoesNotContain(printedUri.Substring(printedUri.IndexOf("&s=", StringComparison.Ordinal) + 3), inviteUri);
            garage.LongPressSetupButton();

            // The revoked member races the newcomer with the old URI and a fresh key: silence, no key.
            using Owner revokedAgain = new Owner(_world.Broker);
            int unanswered = garage.Runtime.Unanswered;
            OkfRun sneak = OkfProcess.Run(revokedAgain, "pair", printedUri, "--timeout", "3");
            Assert.Equal((int)ExitCode.TimedOut, sneak.Code);
            garage.WaitUnanswered(unanswered, 1);
            Assert.Equal(1, garage.Runtime.Registry.Count);
            Assert.True(garage.Runtime.IsPairingWindowOpen);

            // The newcomer pairs with the invite; both sides show the same fingerprint.
            using Owner newcomer = new Owner(_world.Broker);
            OkfRun paired = OkfProcess.Run(newcomer, "pair", inviteUri, "--name", "garage");
            Assert.True(paired.Code == 0, paired.ToString());
            string fingerprint = OwnerClient.Fingerprint(newcomer.Client.LoadKeys().OwnerPublicKey);
            Assert.Contains("your key fingerprint: " + fingerprint, paired.Output);
            Assert.Contains(garage.Log.Lines, l => l.Contains("fingerprint " + fingerprint) && l.Contains("by invite"));
            OkfRun keys = OkfProcess.Run(_world.Admin, "keys", "list", PairedWorld.GarageName);
            Assert.Contains(keys.Output.Split('\n'), l => l.Contains(" member ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(fingerprint, StringComparison.Ordinal));
            Assert.Equal(2, garage.Runtime.Registry.Count);
            Assert.False(garage.Runtime.IsPairingWindowOpen);
            Assert.True(newcomer.Send("garage", "garage", "status").IsDone);

            // The invite was one use: whoever intercepted it gets nothing in the next window either.
            garage.LongPressSetupButton();
            unanswered = garage.Runtime.Unanswered;
            revokedAgain.Settings.Timeout = TimeSpan.FromSeconds(3);
            OwnerToolException replay = Assert.Throws<OwnerToolException>(
                () => revokedAgain.Client.Pair(inviteUri, "garage", CancellationToken.None));
            Assert.Equal(ExitCode.TimedOut, replay.Code);
            garage.WaitUnanswered(unanswered, 1);
            Assert.Equal(2, garage.Runtime.Registry.Count);
        }
    }
}
