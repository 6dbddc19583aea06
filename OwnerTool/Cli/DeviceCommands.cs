// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Threading;
using OwnerTool.Core;
using QRCoder;

namespace OwnerTool.Cli
{
    /// <summary>keygen, pair, qr, devices, garage ..., doorbell ..., watch.</summary>
    public static class DeviceCommands
    {
        /// <summary>Adds the commands.</summary>
        /// <param name="root">Root command.</param>
        /// <param name="app">The app (options, output, error mapping).</param>
        public static void AddTo(RootCommand root, App app)
        {
            var force = new Option<bool>("--force") { Description = "Replace an existing key file (its pairings are lost)" };
            var protect = new Option<bool>("--passphrase")
            {
                Description = "Seal the key file's secrets under a passphrase (asked on the terminal, or OKF_NEW_PASSPHRASE / OKF_PASSPHRASE)",
            };
            var keygen = new Command("keygen", "Create your owner X25519 key pair and an empty key file (mode 0600).") { force, protect };
            app.Handle(keygen, (p, c) =>
            {
                OwnerClient client = app.Client(p);
                if (p.GetValue(protect))
                {
                    string chosen = PassphraseInput.ReadNew(app.Error);
                    client.Store.PassphraseProvider = () => chosen;
                }

                OwnerKeyFile file = client.GenerateKeys(p.GetValue(force), p.GetValue(protect));
                app.Out.WriteLine("owner key created in " + client.Store.Path + " (public key " + file.OwnerPublicKey + ")"
                    + (p.GetValue(protect) ? "; its secrets are sealed under your passphrase" : string.Empty));
                return 0;
            });
            root.Add(keygen);

            var remove = new Option<bool>("--remove") { Description = "Store the secrets unsealed again" };
            var passphrase = new Command("passphrase", "Set, change or remove (--remove) the key file's passphrase "
                + "(PBKDF2-SHA256, 600,000 iterations, AES-256-GCM per secret).") { remove };
            app.Handle(passphrase, (p, c) =>
            {
                OwnerClient client = app.Client(p);
                client.LoadKeys();
                if (p.GetValue(remove))
                {
                    client.Store.SetPassphrase(null);
                    app.Out.WriteLine("passphrase removed: " + client.Store.Path + " holds its secrets unsealed (mode 0600 only)");
                    return 0;
                }

                client.Store.SetPassphrase(PassphraseInput.ReadNew(app.Error));
                app.Out.WriteLine("passphrase set: the secrets in " + client.Store.Path + " are sealed under it");
                return 0;
            });
            root.Add(passphrase);

            var uri = new Argument<string>("uri") { Description = "The pairing URI the device printed (okf://pair?...)" };
            var name = new Option<string>("--name") { Description = "Local name for the device (default: its kind)" };
            var showQr = new Option<bool>("--show-qr") { Description = "Also print the URI as a QR code" };
            var pair = new Command("pair", "Pair with a device: long-press its setup button first (the window stays open 120 s).") { uri, name, showQr };
            app.Handle(pair, (p, c) =>
            {
                if (p.GetValue(showQr))
                {
                    app.Out.WriteLine(Qr(p.GetValue(uri)));
                }

                PairedDevice device = app.Client(p).Pair(p.GetValue(uri), p.GetValue(name), c);
                OwnerClient client = app.Client(p);
                app.Out.WriteLine("paired with " + device.Kind + " " + device.DeviceId + " as '" + device.Name + "': key id "
                    + device.KeyId + ", " + device.Role + (device.Role == "admin" ? " (the first owner: manages keys and passes)" : string.Empty));
                app.Out.WriteLine("your key fingerprint: " + client.OwnFingerprint()
                    + " (the device console logs it; an admin sees it in 'okf keys list' as key " + device.KeyId + ")");
                return 0;
            });
            root.Add(pair);

            var qrUri = new Argument<string>("uri") { Description = "The pairing URI" };
            var qr = new Command("qr", "Print a pairing URI as a terminal QR code (scan it with a phone).") { qrUri };
            app.Handle(qr, (p, c) =>
            {
                PairingUriReader.Read(p.GetValue(qrUri));
                app.Out.WriteLine(Qr(p.GetValue(qrUri)));
                return 0;
            });
            root.Add(qr);

            root.Add(HousekeepingCommands.Devices(app));

            root.Add(KindCommand(app, DeviceActions.Garage, "Garage opener commands."));
            root.Add(KindCommand(app, DeviceActions.Doorbell, "Doorbell commands."));
            root.Add(Watch(app));
        }

        private static Command KindCommand(App app, string kind, string description)
        {
            var group = new Command(kind, description);
            foreach (DeviceAction action in DeviceActions.List())
            {
                if (action.Kind != kind)
                {
                    continue;
                }

                var command = new Command(action.Name, action.Summary);
                Argument<string> value = null;
                if (action.Argument != ActionArgument.None)
                {
                    value = new Argument<string>(action.Argument == ActionArgument.Minutes ? "minutes" : action.Argument == ActionArgument.Seconds ? "seconds" : "on|off");
                    command.Add(value);
                }

                var device = new Argument<string>("device") { Description = "Device name or id (optional with one " + kind + ")", Arity = ArgumentArity.ZeroOrOne };
                command.Add(device);
                Option<bool> json = action.Name == "status" ? JsonOutput.Option() : null;
                if (json != null)
                {
                    command.Add(json);
                }

                DeviceAction captured = action;
                app.Handle(command, (p, c) =>
                {
                    string argument = value == null ? null : p.GetValue(value);
                    OwnerClient client = app.Client(p);
                    CommandResult result = OwnerClient.EnsureDone(client.SendAction(p.GetValue(device), kind, captured.Name, argument, c));
                    if (json != null && p.GetValue(json))
                    {
                        return JsonOutput.Write(app, SnapshotJson.Of(OwnerClient.FindDevice(client.LoadKeys(), p.GetValue(device), kind), result.Data));
                    }

                    app.Out.WriteLine(Formatting.Done(kind, captured.Name, result.Data));
                    return 0;
                });
                group.Add(command);
            }

            return group;
        }

        private static Command Watch(App app)
        {
            var device = new Argument<string>("device")
            {
                Description = "Device name or id (optional: with several paired devices and none named, all are watched)",
                Arity = ArgumentArity.ZeroOrOne,
            };
            var all = new Option<bool>("--all") { Description = "Watch every paired device; each line starts with the device's name" };
            var count = NumberOptions.Whole("--count", "Stop after N events in all (for scripts; 0 = no limit)", 0, int.MaxValue, 0);
            var seconds = new Option<double>("--for") { Description = "Stop after SECONDS (for scripts)" };
            var session = new Option<string>("--session")
            {
                Description = "Name of this watch's broker session (events sent while it is away are kept for it); "
                    + "two watches of one device from one key file need different names",
                DefaultValueFactory = _ => OwnerClient.DefaultWatchSession,
            };
            var exec = new Option<string>("--exec")
            {
                Description = "Run CMD (with /bin/sh) per event and notice: words in $1 $2 ... (device, event, state), details in "
                    + "OKF_DEVICE, OKF_KIND, OKF_EVENT, OKF_CODE, OKF_TIME, OKF_STATE, OKF_TEXT",
            };
            var openAlert = new Option<string>("--open-alert") { Description = "Report 'NAME open for N minutes' when a garage stays open this long (e.g. 10m)" };
            var watch = new Command("watch", "Print live, decrypted events until Ctrl+C (exit 0; 4 with --count when fewer arrived). "
                + "A lost broker connection is reported and re-established by itself; events sent meanwhile are delivered then.")
            {
                device, all, count, seconds, session, exec, openAlert,
            };
            app.Handle(watch, (p, c) =>
            {
                var plan = new WatchPlan
                {
                    Wanted = p.GetValue(count),
                    Session = p.GetValue(session),
                    Command = p.GetValue(exec) == null ? null : new EventCommand(p.GetValue(exec)),
                };
                double limit = p.GetValue(seconds);
                plan.Duration = limit > 0 ? TimeSpan.FromSeconds(limit) : (TimeSpan?)null;
                if (p.GetValue(openAlert) != null && !DurationText.TryParse(p.GetValue(openAlert), out plan.AlertAfter))
                {
                    throw new OwnerToolException(ExitCode.Usage, "--open-alert must look like 90s, 10m or 2h.");
                }

                OwnerClient client = app.Client(p);
                OwnerKeyFile file = client.LoadKeys();
                string named = p.GetValue(device);
                var targets = new List<PairedDevice>();
                if (p.GetValue(all) || (named == null && file.Devices.Count > 1))
                {
                    targets.AddRange(file.Devices);
                    plan.Prefixed = true;
                }
                else
                {
                    targets.Add(OwnerClient.FindDevice(file, named, null));
                }

                return WatchDevices(app, client, targets, plan, c);
            });
            return watch;
        }

        // One connection per device, each on its own thread; with several devices each line starts with the name.
        private static int WatchDevices(App app, OwnerClient client, List<PairedDevice> targets, WatchPlan plan, CancellationToken cancel)
        {
            if (targets.Count == 0)
            {
                throw new OwnerToolException(ExitCode.NotPaired, "no paired device: pair one with 'okf pair <uri>'.");
            }

            var gate = new object();
            int got = 0;
            OwnerToolException firstFailure = null;
            int failures = 0;
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            var threads = new List<Thread>();
            foreach (PairedDevice target in targets)
            {
                PairedDevice d = target;
                void Print(string line)
                {
                    lock (gate)
                    {
                        app.Out.WriteLine(plan.Prefixed ? d.Name + ": " + line : line);
                        app.Out.Flush();
                    }
                }

                void Notify(string name, byte code, long utc, string state, string line)
                {
                    Print(line);
                    string failure = plan.Command == null ? null
                        : EventCommand.Start(plan.Command.StartInfo(d.Name, d.Kind, name, code, utc, state, line));
                    if (failure != null)
                    {
                        Print("status: " + failure);
                    }
                }

                var thread = new Thread(() =>
                {
                    using OpenAlert alert = plan.AlertAfter > TimeSpan.Zero
                        ? new OpenAlert(plan.AlertAfter, open => Notify("open-alert", 0, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), "open",
                            "notice: " + OpenAlert.Text(d.Name, open)))
                        : null;
                    try
                    {
                        client.WatchEvents(d.DeviceId, plan.Session, 0, plan.Duration, e =>
                        {
                            string state = EventNames.DoorState(d.Kind, e);
                            Notify(EventNames.Of(d.Kind, e), e.Code, e.UtcSeconds, state,
                                Formatting.Event(e, d.Kind, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
                            if (state != null)
                            {
                                alert?.Observe(state);
                            }

                            if (plan.Wanted > 0 && Interlocked.Increment(ref got) >= plan.Wanted)
                            {
                                stop.Cancel();
                            }
                        }, s => Print("status: " + s), stop.Token);
                    }
                    catch (OwnerToolException e)
                    {
                        if (targets.Count > 1)
                        {
                            Print("okf: " + e.Message);
                        }

                        lock (gate)
                        {
                            firstFailure ??= e;
                            failures++;
                        }
                    }
                    catch (OperationCanceledException)
                    {
                    }
                });
                threads.Add(thread);
                thread.Start();
            }

            foreach (Thread thread in threads)
            {
                thread.Join();
            }

            if (failures == targets.Count)
            {
                throw firstFailure;
            }

            return plan.Wanted > 0 && got < plan.Wanted && !cancel.IsCancellationRequested ? (int)ExitCode.TimedOut : 0;
        }

        private sealed class WatchPlan
        {
            public int Wanted;
            public TimeSpan? Duration;
            public string Session;
            public EventCommand Command;
            public TimeSpan AlertAfter;
            public bool Prefixed;
        }

        /// <summary>Renders text as a terminal QR code.</summary>
        /// <param name="text">The text (a pairing or invite URI).</param>
        /// <returns>The QR code as text.</returns>
        internal static string Qr(string text)
        {
            using var generator = new QRCodeGenerator();
            using QRCodeData data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.L);
            return new AsciiQRCode(data).GetGraphicSmall();
        }
    }
}
