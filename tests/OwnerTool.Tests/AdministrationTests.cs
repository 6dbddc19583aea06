// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;
using System.Linq;
using OwnerTool.Core;
using OwnerTool.Tests.Support;
using Shared.Crypto.Audit;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>Guest passes, key administration and the audit chain, end to end against mosquitto.</summary>
    public sealed class AdministrationTests : IClassFixture<BrokerFixture>, IDisposable
    {
        private const byte GarageOpen = 0x21;
        private readonly Okf _admin;
        private readonly Okf _guest;
        private readonly SimulatedDevice _device;

        public AdministrationTests(BrokerFixture broker)
        {
            _admin = new Okf(broker.Address);
            _guest = new Okf(broker.Address);
            _device = new SimulatedDevice(broker.Broker.Host, broker.Broker.Port, "garage");
        }

        [Fact]
        public void APassIsIssuedOfflineAndAGuestUsesItUntilItsUsesRunOut()
        {
            Pair(_admin);
            string passPath = Path.Combine(_guest.Folder, "pass.json");
            OkfRun issued = new OkfCopy(_admin, "127.0.0.1:1").Run("pass", "issue", "--actions", "open", "--uses", "1", "--expires", "2h", "--out", passPath);
            Assert.True(issued.Code == 0, issued.ToString());
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(passPath));
            }

            Assert.DoesNotContain(Entry(_admin).MasterKey, File.ReadAllText(passPath));
            Assert.Equal(0, _admin.Run("garage", "status").Code); // an owner command gives the device trusted time

            OkfRun used = _guest.Run("pass", "use", passPath, "open");
            Assert.True(used.Code == 0, used.ToString());
            Assert.Contains(_device.Executed, e => e.Actor == ActorKind.Guest && e.Action == GarageOpen);

            OkfRun again = _guest.Run("pass", "use", passPath, "open");
            Assert.Equal((int)ExitCode.Refused, again.Code);
            Assert.Contains("PassUsedUp", again.Error);
        }

        [Fact]
        public void APassRefusesAnActionItDoesNotAllow()
        {
            Pair(_admin);
            string passPath = IssuePass("open");
            Assert.Equal(0, _admin.Run("garage", "status").Code);
            OkfRun run = _guest.Run("pass", "use", passPath, "close");
            Assert.Equal((int)ExitCode.Refused, run.Code);
            Assert.Contains("PassActionNotAllowed", run.Error);
        }

        [Fact]
        public void ARevokedPassIsRefusedAndRevokeAllMovesTheEpochForNewPasses()
        {
            Pair(_admin);
            Assert.Equal(0, _admin.Run("garage", "status").Code);
            string first = IssuePass("open");
            string id = File.ReadAllText(first).Split("\"PassId\": ")[1].Split(',')[0];
            Assert.Equal(0, _admin.Run("pass", "revoke", uint.Parse(id).ToString("x8")).Code);
            Assert.Contains("PassRevoked", _guest.Run("pass", "use", first, "open").Error);

            string second = IssuePass("open");
            OkfRun all = _admin.Run("pass", "revoke", "--all");
            Assert.True(all.Code == 0, all.ToString());
            Assert.Equal(1, Entry(_admin).PassEpoch);
            Assert.Equal((int)ExitCode.Refused, _guest.Run("pass", "use", second, "open").Code);
            Assert.Equal(0, _guest.Run("pass", "use", IssuePass("open"), "open").Code);
        }

        [Fact]
        public void TheAuditChainIsReadAcrossPagesVerifiedAndPinned()
        {
            Pair(_admin);
            for (int i = 0; i < 6; i++)
            {
                Assert.Equal(0, _admin.Run("garage", "open").Code);
            }

            OkfRun first = _admin.Run("audit");
            Assert.True(first.Code == 0, first.ToString());
            Assert.Equal(6, first.Output.Split('\n').Count(l => l.Contains("owner key") && l.Contains(" open ")));
            Assert.Contains("chain verified: 6 entries", first.Output);
            Assert.Equal(6, Entry(_admin).AuditHeadSequence);

            Assert.Equal(0, _admin.Run("garage", "open").Code);
            OkfRun second = _admin.Run("audit");
            Assert.Contains("matches the head verified last time", second.Output);
        }

        [Fact]
        public void ATamperedAuditPageFailsVerificationWithExit9()
        {
            Pair(_admin);
            for (int i = 0; i < 6; i++)
            {
                Assert.Equal(0, _admin.Run("garage", "open").Code);
            }

            _device.TamperAudit = true;
            OkfRun run = _admin.Run("audit");
            Assert.Equal((int)ExitCode.VerificationFailed, run.Code);
            Assert.Contains("failed verification", run.Error);
        }

        [Fact]
        public void AnAdminListsAndRevokesAMemberWhoseCommandsThenGoUnanswered()
        {
            Pair(_admin);
            Pair(_guest);
            Assert.Equal("member", Entry(_guest).Role);
            OkfRun list = _admin.Run("keys", "list");
            Assert.Equal(0, list.Code);
            Assert.Contains("admin", list.Output);
            Assert.Contains("member", list.Output);

            OkfRun forbidden = _guest.Run("keys", "list");
            Assert.Equal((int)ExitCode.Refused, forbidden.Code);
            Assert.Contains("Forbidden", forbidden.Error);

            Assert.Equal(0, _admin.Run("keys", "revoke", Entry(_guest).KeyId.ToString()).Code);
            Assert.Equal((int)ExitCode.TimedOut, _guest.Run("garage", "open", "--timeout", "1").Code);
        }

        [Fact]
        public void RotationReplacesTheMasterKeyAndCommandsKeepWorking()
        {
            Pair(_admin);
            string before = Entry(_admin).MasterKey;
            OkfRun run = _admin.Run("keys", "rotate");
            Assert.True(run.Code == 0, run.ToString());
            Assert.NotEqual(before, Entry(_admin).MasterKey);
            Assert.Null(Entry(_admin).PendingMasterKey);
            Assert.Equal(0, _admin.Run("garage", "open").Code);
        }

        [Fact]
        public void ARotationWhoseResultWasLostIsSettledByTheNextCommand()
        {
            Pair(_admin);
            string old = Entry(_admin).MasterKey;
            Assert.Equal(0, _admin.Run("keys", "rotate").Code);

            // As if the tool had crashed after sending: the device rotated, the key file still names the old key first.
            var store = new KeyStore(_admin.KeyFile);
            OwnerKeyFile file = store.Load();
            file.Devices[0].PendingMasterKey = file.Devices[0].MasterKey;
            file.Devices[0].MasterKey = old;
            store.Save(file);

            OkfRun run = _admin.Run("garage", "open");
            Assert.True(run.Code == 0, run.ToString());
            Assert.Null(Entry(_admin).PendingMasterKey);
            Assert.NotEqual(old, Entry(_admin).MasterKey);
        }

        public void Dispose()
        {
            _device.Dispose();
            _admin.Dispose();
            _guest.Dispose();
        }

        private string IssuePass(string actions)
        {
            string path = Path.Combine(_guest.Folder, Guid.NewGuid().ToString("N") + ".json");
            OkfRun run = _admin.Run("pass", "issue", "--actions", actions, "--uses", "3", "--expires", "1h", "--out", path);
            Assert.True(run.Code == 0, run.ToString());
            return path;
        }

        private void Pair(Okf okf)
        {
            // The admin pairs with the device's URI; anyone after that with an invite the admin arms.
            string uri = okf == _admin ? _device.Uri : Invite();
            Assert.Equal(0, okf.Run("keygen").Code);
            _device.OpenPairingWindow();
            OkfRun run = okf.Run("pair", uri);
            Assert.True(run.Code == 0, run.ToString());
        }

        private string Invite()
        {
            OkfRun run = _admin.Run("invite", "--no-qr");
            Assert.True(run.Code == 0, run.ToString());
            return run.Output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("okf://pair?", StringComparison.Ordinal));
        }

        [Fact]
        public void AnInvitedPersonPairsAsMemberAndBothSidesSeeTheSameFingerprint()
        {
            Pair(_admin);
            OkfRun invite = _admin.Run("invite");
            Assert.True(invite.Code == 0, invite.ToString());
            string uri = invite.Output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("okf://pair?", StringComparison.Ordinal));
            Assert.Contains("&i=", uri);
            Assert.DoesNotContain("&s=", uri);
            Assert.True(invite.Output.Split('\n').Length > 15, "no QR code: " + invite);
            Assert.Contains("hold the device's setup button within 120 s", invite.Output);

            Assert.Equal(0, _guest.Run("keygen").Code);
            _device.OpenPairingWindow();
            OkfRun paired = _guest.Run("pair", uri);
            Assert.True(paired.Code == 0, paired.ToString());
            Assert.Equal("member", Entry(_guest).Role);
            string fingerprint = new KeyStore(_guest.KeyFile).Load().OwnerPublicKey.Substring(0, 16);
            Assert.Contains("your key fingerprint: " + fingerprint, paired.Output);
            OkfRun list = _admin.Run("keys", "list");
            Assert.Contains(list.Output.Split('\n'), l => l.StartsWith(Entry(_guest).KeyId.ToString().PadLeft(4) + "  member   ", StringComparison.Ordinal)
                && l.EndsWith(fingerprint, StringComparison.Ordinal));
        }

        [Fact]
        public void TheDevicesOwnUriNoLongerPairsASecondPerson()
        {
            Pair(_admin);
            Assert.Equal(0, _guest.Run("keygen").Code);
            _device.OpenPairingWindow();
            OkfRun run = _guest.Run("pair", _device.Uri, "--timeout", "2");
            Assert.Equal((int)ExitCode.TimedOut, run.Code);
            Assert.Empty(new KeyStore(_guest.KeyFile).Load().Devices);
        }

        [Fact]
        public void AMemberCannotArmAnInvite()
        {
            Pair(_admin);
            Pair(_guest);
            OkfRun run = _guest.Run("invite", "--no-qr");
            Assert.Equal((int)ExitCode.Refused, run.Code);
            Assert.Contains("Forbidden", run.Error);
        }

        private static PairedDevice Entry(Okf okf) => new KeyStore(okf.KeyFile).Load().Devices.Single();
    }
}
