// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using OwnerTool.Core;
using OwnerTool.Tests.Support;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>okf pass list, local key names (keys name, invite --name) and the --json output of keys list, status and audit.</summary>
    public sealed class ListingTests : IClassFixture<BrokerFixture>, IDisposable
    {
        private readonly Okf _admin;
        private readonly Okf _member;
        private readonly SimulatedDevice _device;

        public ListingTests(BrokerFixture broker)
        {
            _admin = new Okf(broker.Address);
            _member = new Okf(broker.Address);
            _device = new SimulatedDevice(broker.Broker.Host, broker.Broker.Port, "garage");
            Assert.Equal(0, _admin.Run("keygen").Code);
            _device.OpenPairingWindow();
            OkfRun run = _admin.Run("pair", _device.Uri, "--name", "garage");
            Assert.True(run.Code == 0, run.ToString());
        }

        private static PairedDevice Entry(Okf okf) => new KeyStore(okf.KeyFile).Load().Devices.Single();

        private string Issue(string actions, string uses, string expires)
        {
            string path = Path.Combine(_admin.Folder, Guid.NewGuid().ToString("N") + ".json");
            OkfRun run = _admin.Run("pass", "issue", "--actions", actions, "--uses", uses, "--expires", expires, "--out", path);
            Assert.True(run.Code == 0, run.ToString());
            return KeyStore.ReadJson<PassFile>(path, "pass file", "-").PassId.ToString("x8");
        }

        [Fact]
        public void PassListShowsEachIssuedPassWithActionsUsesValidityAndRevocation()
        {
            Assert.Contains("no guest passes", _admin.Run("pass", "list").Output);
            string first = Issue("open,close", "3", "2h");
            string second = Issue("status", "1", "7d");
            Assert.Equal(0, _admin.Run("pass", "revoke", first).Code);

            OkfRun list = _admin.Run("pass", "list");
            Assert.True(list.Code == 0, list.ToString());
            string firstLine = list.Output.Split('\n').Single(l => l.StartsWith(first, StringComparison.Ordinal));
            Assert.Contains("garage", firstLine);
            Assert.Contains("open,close", firstLine);
            Assert.Contains("revoked", firstLine);
            Assert.Matches(@"until \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ \(in (119 min|2 h)\)", firstLine);
            string secondLine = list.Output.Split('\n').Single(l => l.StartsWith(second, StringComparison.Ordinal));
            Assert.Contains(" valid ", secondLine);
            Assert.Matches(@"\(in [67] d\)", secondLine);

            using JsonDocument doc = JsonDocument.Parse(_admin.Run("pass", "list", "--json").Output);
            JsonElement[] rows = doc.RootElement.EnumerateArray().ToArray();
            Assert.Equal(2, rows.Length);
            Assert.Equal(first, rows[0].GetProperty("passId").GetString());
            Assert.Equal("revoked", rows[0].GetProperty("state").GetString());
            Assert.Equal(3, rows[0].GetProperty("uses").GetInt32());
            Assert.Equal(new[] { "open", "close" }, rows[0].GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal("valid", rows[1].GetProperty("state").GetString());
            Assert.DoesNotContain("guestKey", _admin.Run("pass", "list", "--json").Output, StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void RevokingAllPassesMarksEveryEarlierPassRevoked()
        {
            Issue("open", "1", "1h");
            Issue("close", "1", "1h");
            Assert.Equal(0, _admin.Run("pass", "revoke", "--all").Code);
            string later = Issue("open", "1", "1h");
            PairedDevice entry = Entry(_admin);
            Assert.Equal(new[] { true, true, false }, entry.Passes.Select(p => p.Revoked));
            Assert.Equal(later, entry.Passes[2].PassId.ToString("x8"));
        }

        [Fact]
        public void PassStatesFollowTheValidityWindow()
        {
            var pass = new IssuedPass { NotBefore = 1000, NotAfter = 2000 };
            Assert.Equal("not-yet-valid", OwnerClient.PassState(pass, 999));
            Assert.Equal("valid", OwnerClient.PassState(pass, 1000));
            Assert.Equal("expired", OwnerClient.PassState(pass, 2000));
            pass.Revoked = true;
            Assert.Equal("revoked", OwnerClient.PassState(pass, 1500));
            Assert.Equal("45 s", OwnerTool.Cli.DurationText.Words(45));
            Assert.Equal("119 min", OwnerTool.Cli.DurationText.Words(7199));
            Assert.Equal("2 h", OwnerTool.Cli.DurationText.Words(7200));
            Assert.Equal("2 d", OwnerTool.Cli.DurationText.Words(172800));
        }

        [Fact]
        public void YourKeyIsNamedAfterYouAndOtherKeysGetNamesThatStayLocal()
        {
            OkfRun invite = _admin.Run("invite", "--no-qr", "--name", "Alice");
            Assert.True(invite.Code == 0, invite.ToString());
            string uri = invite.Output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("okf://pair?", StringComparison.Ordinal));
            Assert.Equal(0, _member.Run("keygen").Code);
            _device.OpenPairingWindow();
            Assert.Equal(0, _member.Run("pair", uri).Code);
            int adminKey = Entry(_admin).KeyId;
            int memberKey = Entry(_member).KeyId;

            OkfRun list = _admin.Run("keys", "list");
            Assert.True(list.Code == 0, list.ToString());
            Assert.Contains(list.Output.Split('\n'), l => l.StartsWith(adminKey.ToString().PadLeft(4), StringComparison.Ordinal)
                && l.Contains(OwnerClient.OwnKeyName + " (you)", StringComparison.Ordinal));
            Assert.Contains(list.Output.Split('\n'), l => l.StartsWith(memberKey.ToString().PadLeft(4) + "  member   Alice ", StringComparison.Ordinal));

            Assert.Equal(0, _admin.Run("keys", "name", memberKey.ToString(), "Alice's phone").Code);
            using (JsonDocument doc = JsonDocument.Parse(_admin.Run("keys", "list", "--json").Output))
            {
                JsonElement member = doc.RootElement.EnumerateArray().Single(k => k.GetProperty("keyId").GetInt32() == memberKey);
                Assert.Equal("Alice's phone", member.GetProperty("name").GetString());
                Assert.Equal("member", member.GetProperty("role").GetString());
                Assert.False(member.GetProperty("you").GetBoolean());
                Assert.True(doc.RootElement.EnumerateArray().Single(k => k.GetProperty("keyId").GetInt32() == adminKey).GetProperty("you").GetBoolean());
            }

            // The names live in the admin's key file only; the member's knows nothing of them.
            Assert.DoesNotContain("Alice", File.ReadAllText(_member.KeyFile));
            Assert.Equal(0, _admin.Run("keys", "revoke", memberKey.ToString()).Code);
            Assert.False(Entry(_admin).KeyNames.ContainsKey(memberKey));
        }

        [Fact]
        public void StatusAndAuditJsonNameEveryField()
        {
            // Garage snapshot: Open, vacation lockout on, last changed by owner key 1, idle (DEVICES.md §2.2).
            _device.ResultData[0x20] = Hex.TryDecode("030200010000000100", 9);
            using (JsonDocument status = JsonDocument.Parse(_admin.Run("garage", "status", "--json").Output))
            {
                JsonElement s = status.RootElement;
                Assert.Equal("garage", s.GetProperty("device").GetString());
                Assert.Equal("open", s.GetProperty("state").GetString());
                Assert.True(s.GetProperty("lockout").GetBoolean());
                Assert.False(s.GetProperty("obstructed").GetBoolean());
                Assert.Equal("owner key 1", s.GetProperty("lastChangedBy").GetString());
                Assert.Equal(JsonValueKind.Null, s.GetProperty("fault").ValueKind);
                Assert.Equal("none", s.GetProperty("direction").GetString());
            }

            OkfRun audit = _admin.Run("audit", "--json");
            Assert.True(audit.Code == 0, audit.ToString());
            using JsonDocument doc = JsonDocument.Parse(audit.Output);
            Assert.True(doc.RootElement.GetProperty("verified").GetBoolean());
            JsonElement[] entries = doc.RootElement.GetProperty("entries").EnumerateArray().ToArray();
            Assert.NotEmpty(entries);
            Assert.Contains(entries, e => e.GetProperty("action").GetString() == "status" && e.GetProperty("result").GetString() == "Done");
            Assert.Equal(doc.RootElement.GetProperty("headSequence").GetInt64(), entries.Last().GetProperty("sequence").GetInt64());
        }

        public void Dispose()
        {
            _device.Dispose();
            _admin.Dispose();
            _member.Dispose();
        }
    }
}
