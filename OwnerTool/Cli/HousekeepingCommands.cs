// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.CommandLine;
using OwnerTool.Core;

namespace OwnerTool.Cli
{
    /// <summary>devices (with online state, --json), rename, forget, garage/doorbell settings.</summary>
    public static class HousekeepingCommands
    {
        /// <summary>Builds the devices command (replaces the plain listing).</summary>
        /// <param name="app">The app.</param>
        /// <returns>The command.</returns>
        public static Command Devices(App app)
        {
            var json = JsonOutput.Option();
            var devices = new Command("devices", "List paired devices with their broker status (online/offline, unauthenticated); "
                + "master keys are never printed.") { json };
            app.Handle(devices, (p, c) =>
            {
                OwnerClient client = app.Client(p);
                OwnerKeyFile file = client.LoadKeys();
                IDictionary<string, string> online = client.ReadOnlineStatus(file);
                if (p.GetValue(json))
                {
                    var rows = new List<object>();
                    foreach (PairedDevice d in file.Devices)
                    {
                        rows.Add(new { name = d.Name, kind = d.Kind, deviceId = d.DeviceId, keyId = d.KeyId, role = d.Role, status = online[d.DeviceId],
                            pairedAt = d.PairedAt });
                    }

                    return JsonOutput.Write(app, rows);
                }

                app.Out.WriteLine(string.Format("{0,-16} {1,-9} {2,-17} {3,4} {4,-7} {5,-8}", "NAME", "KIND", "DEVICE ID", "KEY", "ROLE", "STATUS"));
                foreach (PairedDevice d in file.Devices)
                {
                    app.Out.WriteLine(string.Format("{0,-16} {1,-9} {2,-17} {3,4} {4,-7} {5,-8}", d.Name, d.Kind, d.DeviceId, d.KeyId, d.Role, online[d.DeviceId]));
                }

                return 0;
            });
            return devices;
        }

        /// <summary>Adds rename and forget.</summary>
        /// <param name="root">Root command.</param>
        /// <param name="app">The app.</param>
        public static void AddTo(RootCommand root, App app)
        {
            var device = new Argument<string>("device") { Description = "Device name or id" };
            var newName = new Argument<string>("name") { Description = "New local name" };
            var rename = new Command("rename", "Give a paired device another local name (only the key file changes).") { device, newName };
            app.Handle(rename, (p, c) =>
            {
                PairedDevice d = app.Client(p).Rename(p.GetValue(device), p.GetValue(newName));
                app.Out.WriteLine(d.Kind + " " + d.DeviceId + " is now '" + d.Name + "'");
                return 0;
            });
            root.Add(rename);

            var forgetDevice = new Argument<string>("device") { Description = "Device name or id" };
            var forget = new Command("forget", "Remove a pairing from the key file. The device keeps the key: run 'okf keys revoke' "
                + "first if it may have leaked.") { forgetDevice };
            app.Handle(forget, (p, c) =>
            {
                PairedDevice d = app.Client(p).Forget(p.GetValue(forgetDevice));
                app.Out.WriteLine("forgot '" + d.Name + "' (" + d.Kind + " " + d.DeviceId + ", key " + d.KeyId + " stays on the device until revoked)");
                return 0;
            });
            root.Add(forget);

            foreach (Command group in root.Subcommands)
            {
                if (group.Name == DeviceActions.Doorbell || group.Name == DeviceActions.Garage)
                {
                    group.Add(Settings(app, SettingsText.For(group.Name)));
                }
            }
        }

        // One settings command for every kind: only the field table differs.
        private static Command Settings(App app, SettingsText layout)
        {
            string kind = layout.Kind;
            var device = new Argument<string>("device") { Description = "Device name or id (optional with one " + kind + ")", Arity = ArgumentArity.ZeroOrOne };
            var set = new Option<string[]>("--set") { Description = "Change one field: NAME=VALUE (" + string.Join(", ", layout.Names) + ")" };
            var json = JsonOutput.Option();
            var settings = new Command("settings", "Read the " + kind + "'s settings (admin), or change fields with --set NAME=VALUE; prints what is in force.")
            {
                device, set, json,
            };
            app.Handle(settings, (p, c) =>
            {
                OwnerClient client = app.Client(p);
                byte[] current = OwnerClient.EnsureDone(client.SendCommand(p.GetValue(device), kind, layout.Action, System.Array.Empty<byte>(), c)).Data;
                string[] changes = p.GetValue(set) ?? System.Array.Empty<string>();
                if (changes.Length > 0)
                {
                    if (current.Length != layout.Size)
                    {
                        throw new OwnerToolException(ExitCode.VerificationFailed, "the " + kind + " answered " + current.Length + " bytes of settings instead of "
                            + layout.Size + " (older firmware?); nothing was changed.");
                    }

                    byte[] changed = current;
                    foreach (string change in changes)
                    {
                        changed = layout.With(changed, change);
                    }

                    current = OwnerClient.EnsureDone(client.SendCommand(p.GetValue(device), kind, layout.Action, changed, c)).Data;
                }

                if (p.GetValue(json))
                {
                    return JsonOutput.Write(app, layout.Values(current));
                }

                app.Out.WriteLine(layout.Format(current));
                return 0;
            });
            return settings;
        }
    }
}
