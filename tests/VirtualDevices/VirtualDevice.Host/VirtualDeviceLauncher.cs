// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using nanoFramework.HostEmulation.Board;
using nanoFramework.HostEmulation.Board.Terminal;
using Shared.Runtime.Device;
using Shared.Runtime.Platform;

namespace VirtualDevice.Host
{
    /// <summary>The shared Main of the virtual devices: takes the network options, then hands the rest to the console runner.</summary>
    public static class VirtualDeviceLauncher
    {
        /// <summary>Broker host used when <c>--broker</c> is not given.</summary>
        public const string DefaultBrokerHost = "127.0.0.1";

        /// <summary>Broker port used when <c>--broker</c> is not given.</summary>
        public const int DefaultBrokerPort = 1883;

        /// <summary>Runs a virtual device and ends the process with its exit code.</summary>
        /// <param name="args"><c>[--broker HOST:PORT] [--name NAME] [--offline] [--state DIR] [--exit-after-start]</c>.</param>
        /// <param name="profile">The device.</param>
        /// <returns>The exit code (2 for a malformed <c>--broker</c>).</returns>
        public static int Main(string[] args, VirtualDeviceProfile profile)
        {
            string brokerHost = DefaultBrokerHost;
            int brokerPort = DefaultBrokerPort;
            string name = profile.Name;
            bool offline = false;

            // Runtime options are taken here; the rest goes to the shared runner.
            List<string> rest = new List<string>();
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "--broker" && i + 1 < args.Length)
                {
                    if (!VirtualPlatform.TryParseBroker(args[++i], out brokerHost, out brokerPort))
                    {
                        Console.WriteLine("bad --broker value '" + args[i] + "'; expected HOST:PORT");
                        return 2;
                    }
                }
                else if (args[i] == "--name" && i + 1 < args.Length)
                {
                    name = args[++i];
                }
                else if (args[i] == "--offline")
                {
                    offline = true;
                }
                else
                {
                    rest.Add(args[i]);
                }
            }

            void Start(VirtualBoard board, VirtualDeviceOptions options)
            {
                profile.Wire(board);
                if (offline)
                {
                    profile.StartOffline(new ConsoleLog());
                    return;
                }

                DevicePlatform platform = VirtualPlatform.Create(profile.Defaults(), options.StateDirectory, brokerHost,
                    brokerPort, name, new ConsoleLog(), new SystemClock());
                profile.Run(platform);
            }

            int code = VirtualDeviceRunner.Run(profile.Name, rest.ToArray(), Start, Console.In, Console.Out);

            // Firmware threads may still run; the process ends here as a power-off would.
            Console.Out.Flush();
            Environment.Exit(code);
            return code;
        }

        /// <summary>Names a pin on the board, skipping optional parts the map leaves out (-1).</summary>
        /// <param name="board">The board.</param>
        /// <param name="pin">The pin, or -1.</param>
        /// <param name="label">The label.</param>
        public static void SetLabel(VirtualBoard board, int pin, string label)
        {
            if (pin >= 0)
            {
                board.SetLabel(pin, label);
            }
        }
    }
}
