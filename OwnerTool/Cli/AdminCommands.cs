// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using OwnerTool.Core;
using Shared.Crypto.Protocol;

namespace OwnerTool.Cli
{
    /// <summary>keys list|revoke|rotate, invite, pass issue|revoke|use, audit.</summary>
    public static class AdminCommands
    {
        /// <summary>Adds the commands.</summary>
        /// <param name="root">Root command.</param>
        /// <param name="app">The app.</param>
        public static void AddTo(RootCommand root, App app)
        {
            root.Add(Keys(app));
            root.Add(Invite(app));
            root.Add(Pass(app));
            var device = DeviceArgument();
            var auditJson = JsonOutput.Option();
            var audit = new Command("audit", "Read the device's audit chain (admin), verify every hash link, print it as a table.") { device, auditJson };
            app.Handle(audit, (p, c) =>
            {
                OwnerClient client = app.Client(p);
                AuditReport report = client.ReadAudit(p.GetValue(device), c);
                PairedDevice d = OwnerClient.FindDevice(client.LoadKeys(), p.GetValue(device), null);
                if (p.GetValue(auditJson))
                {
                    var entries = new List<object>();
                    foreach (Shared.Crypto.Audit.AuditEntry e in report.Entries)
                    {
                        entries.Add(new
                        {
                            sequence = e.Sequence, time = e.UtcSeconds > 0 ? PassListCommand.Iso(e.UtcSeconds) : null, sinceBootMs = e.MonotonicMilliseconds, who = Formatting.Who(e),
                            action = DeviceActions.NameOf(d.Kind, e.Action), result = ReasonText.NameOf(e.Result), state = Formatting.State(d.Kind, e.State),
                        });
                    }

                    return JsonOutput.Write(app, new { device = d.Name, deviceId = d.DeviceId, verified = true, headSequence = report.HeadSequence,
                        pinnedHeadChecked = report.PinnedHeadChecked, entries });
                }

                app.Out.WriteLine(Formatting.AuditTable(report, d.Kind));
                return 0;
            });
            root.Add(audit);
        }

        private static Argument<string> DeviceArgument() =>
            new Argument<string>("device") { Description = "Device name or id (optional with one device)", Arity = ArgumentArity.ZeroOrOne };

        private static Command Keys(App app)
        {
            var keys = new Command("keys", "Keys paired with a device (admin).");
            var listDevice = DeviceArgument();
            var listJson = JsonOutput.Option();
            var list = new Command("list", "List the device's keys: id, role, local name (okf keys name), fingerprint.") { listDevice, listJson };
            app.Handle(list, (p, c) =>
            {
                OwnerClient client = app.Client(p);
                IReadOnlyList<KeyInfo> listed = client.ListKeys(p.GetValue(listDevice), c);
                PairedDevice entry = OwnerClient.FindDevice(client.LoadKeys(), p.GetValue(listDevice), null);
                if (p.GetValue(listJson))
                {
                    var rows = new List<object>();
                    foreach (KeyInfo key in listed)
                    {
                        rows.Add(new { keyId = key.KeyId, role = key.Role, name = OwnerClient.KeyName(entry, key.KeyId), you = key.KeyId == entry.KeyId,
                            fingerprint = key.Fingerprint });
                    }

                    return JsonOutput.Write(app, rows);
                }

                app.Out.WriteLine(string.Format("{0,4}  {1,-7}  {2,-20}  {3}", "KEY", "ROLE", "NAME", "FINGERPRINT"));
                foreach (KeyInfo key in listed)
                {
                    string name = OwnerClient.KeyName(entry, key.KeyId) ?? string.Empty;
                    name += key.KeyId == entry.KeyId ? (name.Length > 0 ? " (you)" : "(you)") : string.Empty;
                    app.Out.WriteLine(string.Format("{0,4}  {1,-7}  {2,-20}  {3}", key.KeyId, key.Role, name, key.Fingerprint));
                }

                return 0;
            });
            keys.Add(list);

            var nameId = NumberOptions.WholeArgument("keyId", "Key id to name (see keys list)", 0, 255);
            var keyName = new Argument<string>("name") { Description = "Local name (1-32 characters); stays in your key file" };
            var nameDevice = DeviceArgument();
            var clear = new Option<bool>("--clear") { Description = "Remove the name instead (give any name, e.g. -)" };
            var name = new Command("name", "Give a key id a local name shown by 'keys list' (never sent to the device or broker).")
            {
                nameId, keyName, nameDevice, clear,
            };
            app.Handle(name, (p, c) =>
            {
                int id = p.GetValue(nameId);
                PairedDevice d = app.Client(p).NameKey(p.GetValue(nameDevice), id, p.GetValue(clear) ? null : p.GetValue(keyName));
                app.Out.WriteLine(p.GetValue(clear) ? "key " + id + " of '" + d.Name + "' has no name now" : "key " + id + " of '" + d.Name + "' is '" + OwnerClient.KeyName(d, id) + "'");
                return 0;
            });
            keys.Add(name);

            var keyId = NumberOptions.WholeArgument("keyId", "Key id to revoke (see keys list)", 0, 255);
            var revokeDevice = DeviceArgument();
            var revoke = new Command("revoke", "Revoke a key; it is refused from the next message on. The last admin cannot be removed.") { keyId, revokeDevice };
            app.Handle(revoke, (p, c) =>
            {
                int id = p.GetValue(keyId);
                app.Client(p).RevokeKey(p.GetValue(revokeDevice), (byte)id, c);
                app.Out.WriteLine("key " + id + " revoked");
                return 0;
            });
            keys.Add(revoke);

            var rotateDevice = DeviceArgument();
            var rotate = new Command("rotate", "Replace your key on the device with a fresh one (the old master key stops working).") { rotateDevice };
            app.Handle(rotate, (p, c) =>
            {
                app.Client(p).RotateKey(p.GetValue(rotateDevice), c);
                app.Out.WriteLine("key rotated");
                return 0;
            });
            keys.Add(rotate);
            return keys;
        }

        private static Command Invite(App app)
        {
            var device = DeviceArgument();
            var noQr = new Option<bool>("--no-qr") { Description = "Print the invite URI only, without the QR code" };
            var who = new Option<string>("--name") { Description = "Local name for the invitee's key, shown by 'keys list' once they paired (never sent)" };
            var invite = new Command("invite", "Invite a new person (admin): the device arms a one-time code; hand the printed URI or QR "
                + "to that person only. It works once, in the pairing window of one long press of the setup button.") { device, noQr, who };
            app.Handle(invite, (p, c) =>
            {
                Invitation invitation = app.Client(p).ArmInvite(p.GetValue(device), p.GetValue(who), c);
                app.Out.WriteLine("invite for '" + invitation.DeviceName + "' (one use; give it to one person, privately):");
                app.Out.WriteLine(invitation.Uri);
                if (!p.GetValue(noQr))
                {
                    app.Out.WriteLine(DeviceCommands.Qr(invitation.Uri));
                }

                app.Out.WriteLine(invitation.WindowOpen
                    ? "the pairing window is open: it pairs within the next " + invitation.SecondsLeft + " s"
                    : "hold the device's setup button within " + invitation.SecondsLeft + " s; the invite then works while that window is open ("
                        + (ProtocolConstants.PairingWindowMs / 1000) + " s)");
                app.Out.WriteLine("the new person runs: okf pair '" + invitation.Uri + "'");
                app.Out.WriteLine("then compare the fingerprint okf pair prints with 'okf keys list' (and the device console)");
                return 0;
            });
            return invite;
        }

        private static Command Pass(App app)
        {
            var pass = new Command("pass", "Guest passes.");
            var actions = new Option<string>("--actions") { Description = "Allowed actions, comma separated (e.g. open,close)", Required = true };
            var uses = NumberOptions.Whole("--uses", "Uses allowed (1-255)", 1, 255, 1);
            var expires = new Option<string>("--expires") { Description = "Valid for (90s, 30m, 2h, 7d)", DefaultValueFactory = _ => "24h" };
            var output = new Option<string>("--out") { Description = "Pass file to write (mode 0600; default NAME-pass-ID.json)" };
            var issueDevice = DeviceArgument();
            var issue = new Command("issue", "Issue a guest pass offline (no broker needed); hand the file to the guest privately.")
            {
                actions, uses, expires, output, issueDevice,
            };
            app.Handle(issue, (p, c) =>
            {
                if (!DurationText.TryParse(p.GetValue(expires), out TimeSpan validFor))
                {
                    throw new OwnerToolException(ExitCode.Usage, "--expires must look like 90s, 30m, 2h or 7d.");
                }

                var issued = app.Client(p).IssuePass(p.GetValue(issueDevice), p.GetValue(actions).Split(',', StringSplitOptions.RemoveEmptyEntries),
                    p.GetValue(uses), validFor, p.GetValue(output));
                app.Out.WriteLine("pass " + issued.Pass.PassId.ToString("x8") + " for " + string.Join(",", issued.Pass.Actions) + ", "
                    + issued.Pass.Uses + " use(s), expires " + Formatting.Time(DateTimeOffset.Parse(issued.Pass.Expires, CultureInfo.InvariantCulture).ToUnixTimeSeconds())
                    + ", written to " + issued.Path);
                return 0;
            });
            pass.Add(issue);

            var passId = new Argument<string>("passId") { Description = "Pass id in hex (as printed by pass issue)", Arity = ArgumentArity.ZeroOrOne };
            var all = new Option<bool>("--all") { Description = "Revoke every guest pass of the device" };
            var revokeDevice = new Option<string>("--device") { Description = "Device name or id (optional with one device)" };
            var force = new Option<bool>("--force") { Description = "Revoke an id this key file has no record of issuing" };
            var revoke = new Command("revoke", "Revoke one pass (by id) or all passes (--all) on the device.") { passId, all, revokeDevice, force };
            app.Handle(revoke, (p, c) =>
            {
                OwnerClient client = app.Client(p);
                if (p.GetValue(all))
                {
                    int epoch = client.RevokeAllPasses(p.GetValue(revokeDevice), c);
                    app.Out.WriteLine("all passes revoked (new pass epoch " + epoch + ")");
                    return 0;
                }

                if (!uint.TryParse(p.GetValue(passId), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out uint id))
                {
                    throw new OwnerToolException(ExitCode.Usage, "give a pass id in hex, or --all.");
                }

                client.RevokePass(p.GetValue(revokeDevice), id, p.GetValue(force), c);
                app.Out.WriteLine("pass " + id.ToString("x8") + " revoked");
                return 0;
            });
            pass.Add(revoke);
            pass.Add(PassListCommand.Build(app));

            var file = new Argument<string>("passfile") { Description = "The pass file from the admin" };
            var action = new Argument<string>("action") { Description = "Action allowed by the pass (e.g. open)" };
            var value = new Argument<string>("value") { Description = "Minutes or seconds for actions that take one", Arity = ArgumentArity.ZeroOrOne };
            var use = new Command("use", "The guest's side: use a pass for one action (no key file needed).") { file, action, value };
            app.Handle(use, (p, c) =>
            {
                CommandResult result = OwnerClient.EnsureDone(app.Client(p).UsePass(p.GetValue(file), p.GetValue(action), p.GetValue(value), c));
                app.Out.WriteLine(Formatting.Done(KeyStore.ReadJson<PassFile>(p.GetValue(file), "pass file", "-").Kind, p.GetValue(action), result.Data));
                return 0;
            });
            pass.Add(use);
            return pass;
        }
    }
}
