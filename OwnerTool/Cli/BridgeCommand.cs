// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.CommandLine;
using System.Runtime.InteropServices;
using System.Threading;
using OwnerTool.Bridge;
using OwnerTool.Core;

namespace OwnerTool.Cli
{
    /// <summary><c>okf bridge</c>: the Home Assistant bridge (docs/OWNER-TOOL.md, "Home Assistant").</summary>
    public static class BridgeCommand
    {
        /// <summary>Builds the command.</summary>
        /// <param name="app">The app (global options, output, error mapping).</param>
        /// <returns>The command.</returns>
        public static Command Create(App app)
        {
            var haBroker = new Option<string>("--ha-broker") { Description = "Home Assistant's MQTT broker (same forms as --broker; default: --broker)" };
            var haUser = new Option<string>("--ha-user") { Description = "User name at Home Assistant's broker" };
            var haPasswordFile = new Option<string>("--ha-password-file") { Description = "File whose first line is the password at Home Assistant's broker" };
            var haCa = new Option<string>("--ha-ca") { Description = "PEM file with the CA of Home Assistant's broker (implies TLS)" };
            var prefix = new Option<string>("--discovery-prefix")
            {
                Description = "Home Assistant's discovery prefix",
                DefaultValueFactory = _ => BridgeTopics.DefaultDiscoveryPrefix,
            };
            var baseTopic = new Option<string>("--ha-topic")
            {
                Description = "Base of the bridge's state and command topics on Home Assistant's broker",
                DefaultValueFactory = _ => BridgeTopics.DefaultBaseTopic,
            };
            var exec = new Option<string>("--exec") { Description = "Run CMD per event and notice, as okf watch --exec does" };
            var openAlert = new Option<string>("--open-alert") { Description = "Report 'NAME open for N minutes' when a garage stays open this long (e.g. 10m)" };
            var strike = NumberOptions.Whole("--strike-seconds", "Seconds Home Assistant's UNLOCK releases a doorbell's strike (1-10)", 1,
                DeviceActions.MaxStrikeSeconds, BridgeOptions.DefaultStrikeSeconds);
            var command = new Command("bridge", "Run the Home Assistant bridge until Ctrl+C: MQTT discovery for every device paired in the key file "
                + "(use a key file of its own, paired from an invite), Home Assistant's commands sent sealed, states only from authenticated "
                + "device messages.")
            {
                haBroker, haUser, haPasswordFile, haCa, prefix, baseTopic, exec, openAlert, strike,
            };
            app.Handle(command, (p, cancel) =>
            {
                var options = new BridgeOptions
                {
                    Topics = new BridgeTopics(p.GetValue(prefix), p.GetValue(baseTopic)),
                    Command = p.GetValue(exec) == null ? null : new EventCommand(p.GetValue(exec)),
                    StrikeSeconds = p.GetValue(strike),
                };
                if (p.GetValue(openAlert) != null)
                {
                    if (!DurationText.TryParse(p.GetValue(openAlert), out TimeSpan after))
                    {
                        throw new OwnerToolException(ExitCode.Usage, "--open-alert must look like 90s, 10m or 2h.");
                    }

                    options.OpenAlertAfter = after;
                }

                options.HomeAssistant = HomeAssistantSettings(app, p, p.GetValue(haBroker), p.GetValue(haUser), p.GetValue(haPasswordFile), p.GetValue(haCa));
                var gate = new object();
                void Log(string line)
                {
                    lock (gate)
                    {
                        app.Out.WriteLine(line);
                        app.Out.Flush();
                    }
                }

                // systemd stops a service with SIGTERM: like Ctrl+C it ends the bridge cleanly (availability offline, exit 0).
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
                {
                    signal.Cancel = true;
                    stop.Cancel();
                });
                new BridgeService(app.Client(p), options, Log).Run(stop.Token);
                return 0;
            });
            return command;
        }

        // Without --ha-broker the bridge uses the devices' broker and login; with it, only the --ha-* options count.
        private static ToolSettings HomeAssistantSettings(App app, ParseResult p, string broker, string user, string passwordFile, string ca)
        {
            ToolSettings devices = app.Settings(p);
            if (broker == null)
            {
                return devices;
            }

            var settings = new ToolSettings { Timeout = devices.Timeout, KeyFile = devices.KeyFile };
            if (!settings.TrySetBroker(broker))
            {
                throw new OwnerToolException(ExitCode.Usage, "--ha-broker must be host:port or an mqtt://, mqtts://, ws:// or wss:// URI, not '" + broker + "'.");
            }

            settings.CaFile = ca;
            settings.UseTls |= ca != null;
            settings.UserName = user;
            settings.Password = passwordFile == null ? null : App.ReadPasswordFile(passwordFile);
            return settings;
        }
    }
}
