// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.CommandLine;
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
            var keygen = new Command("keygen", "Create your owner X25519 key pair and an empty key file (mode 0600).") { force };
            app.Handle(keygen, (p, c) =>
            {
                OwnerClient client = app.Client(p);
                OwnerKeyFile file = client.GenerateKeys(p.GetValue(force));
                app.Out.WriteLine("owner key created in " + client.Store.Path + " (public key " + file.OwnerPublicKey + ")");
                return 0;
            });
            root.Add(keygen);

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
                app.Out.WriteLine("paired with " + device.Kind + " " + device.DeviceId + " as '" + device.Name + "': key id "
                    + device.KeyId + ", role " + device.Role);
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
                DeviceAction captured = action;
                app.Handle(command, (p, c) =>
                {
                    string argument = value == null ? null : p.GetValue(value);
                    CommandResult result = OwnerClient.EnsureDone(app.Client(p).SendAction(p.GetValue(device), kind, captured.Name, argument, c));
                    string data = Formatting.Data(kind, result.Data);
                    app.Out.WriteLine(captured.Name + ": done" + (data.Length > 0 ? " (" + data + ")" : string.Empty));
                    return 0;
                });
                group.Add(command);
            }

            return group;
        }

        private static Command Watch(App app)
        {
            var device = new Argument<string>("device") { Description = "Device name or id (optional with one device)", Arity = ArgumentArity.ZeroOrOne };
            var count = new Option<int>("--count") { Description = "Stop after N events (for scripts)" };
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
                device, count, seconds, session, exec, openAlert,
            };
            app.Handle(watch, (p, c) =>
            {
                int wanted = Math.Max(0, p.GetValue(count));
                double limit = p.GetValue(seconds);
                TimeSpan? duration = limit > 0 ? TimeSpan.FromSeconds(limit) : (TimeSpan?)null;
                TimeSpan alertAfter = TimeSpan.Zero;
                if (p.GetValue(openAlert) != null && !DurationText.TryParse(p.GetValue(openAlert), out alertAfter))
                {
                    throw new OwnerToolException(ExitCode.Usage, "--open-alert must look like 90s, 10m or 2h.");
                }

                OwnerClient client = app.Client(p);
                PairedDevice entry = OwnerClient.FindDevice(client.LoadKeys(), p.GetValue(device), null);
                string kind = entry.Kind;
                EventCommand command = p.GetValue(exec) == null ? null : new EventCommand(p.GetValue(exec));
                object print = new object();
                void Notify(string name, byte code, long utc, string state, string line)
                {
                    lock (print)
                    {
                        app.Out.WriteLine(line);
                        app.Out.Flush();
                        string failure = command == null ? null : EventCommand.Start(command.StartInfo(entry.Name, kind, name, code, utc, state, line));
                        if (failure != null)
                        {
                            app.Out.WriteLine("status: " + failure);
                        }
                    }
                }

                using OpenAlert alert = alertAfter > TimeSpan.Zero
                    ? new OpenAlert(alertAfter, open => Notify("open-alert", 0, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), "open",
                        "notice: " + OpenAlert.Text(entry.Name, open)))
                    : null;
                int got = client.WatchEvents(p.GetValue(device), p.GetValue(session), wanted, duration,
                    e =>
                    {
                        string state = EventNames.DoorState(kind, e);
                        Notify(EventNames.Of(kind, e), e.Code, e.UtcSeconds, state, Formatting.Event(e, kind, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
                        if (state != null)
                        {
                            alert?.Observe(state);
                        }
                    },
                    s => { lock (print) { app.Out.WriteLine("status: " + s); app.Out.Flush(); } }, c);
                return wanted > 0 && got < wanted && !c.IsCancellationRequested ? (int)ExitCode.TimedOut : 0;
            });
            return watch;
        }

        private static string Qr(string text)
        {
            using var generator = new QRCodeGenerator();
            using QRCodeData data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.L);
            return new AsciiQRCode(data).GetGraphicSmall();
        }
    }
}
