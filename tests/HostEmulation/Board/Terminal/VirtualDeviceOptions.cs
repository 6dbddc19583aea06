// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;

namespace nanoFramework.HostEmulation.Board.Terminal
{
    /// <summary>
    /// Command-line options of a virtual device the console runner needs: the state folder, whether to exit after
    /// start-up, and which output pin changes to print (<c>--quiet</c>, <c>--pins</c>, <c>--hide-pins</c>; the
    /// launcher parses those with System.CommandLine and builds the options with <see cref="Create"/>).
    /// </summary>
    public sealed class VirtualDeviceOptions
    {
        /// <summary>Gets the folder that stands in for the device's flash drive.</summary>
        public string StateDirectory { get; private set; }

        /// <summary>Gets whether to exit right after start-up (for tests and smoke checks).</summary>
        public bool ExitAfterStart { get; private set; }

        /// <summary>Gets whether no output pin change is printed (the firmware's own console lines still are).</summary>
        public bool Quiet { get; private set; }

        /// <summary>Gets the only output pins whose changes are printed, or null for all.</summary>
        public int[] ShownPins { get; private set; }

        /// <summary>Gets the output pins whose changes are never printed, or null for none.</summary>
        public int[] HiddenPins { get; private set; }

        /// <summary>Gets the error message when the arguments were not understood, else null.</summary>
        public string Error { get; private set; }

        /// <summary>Mode of the state folder on Unix: owner only (it holds the device private key and owner keys).</summary>
        public const UnixFileMode StateFolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

        /// <summary>Builds options from values parsed elsewhere; creates the state folder (mode 0700 on Unix).</summary>
        /// <param name="stateDirectory">State folder, or null for <c>./.state/&lt;device&gt;</c>.</param>
        /// <param name="deviceName">The device's folder name, such as "garage-opener".</param>
        /// <param name="exitAfterStart">Exit right after start-up.</param>
        /// <param name="quiet">Print no output pin changes.</param>
        /// <param name="shownPins">Only print these pins, or null.</param>
        /// <param name="hiddenPins">Never print these pins, or null.</param>
        /// <returns>The options.</returns>
        public static VirtualDeviceOptions Create(string stateDirectory, string deviceName, bool exitAfterStart, bool quiet,
            int[] shownPins, int[] hiddenPins)
        {
            VirtualDeviceOptions options = new VirtualDeviceOptions
            {
                ExitAfterStart = exitAfterStart,
                Quiet = quiet,
                ShownPins = shownPins,
                HiddenPins = hiddenPins,
                StateDirectory = Path.GetFullPath(stateDirectory ?? Path.Combine(".state", deviceName)),
            };
            EnsureOwnerOnly(options.StateDirectory);
            return options;
        }

        /// <summary>Tells whether a change of <paramref name="pin"/> is printed.</summary>
        /// <param name="pin">The GPIO number.</param>
        /// <returns>True when shown.</returns>
        public bool ShowsPin(int pin)
        {
            if (Quiet || (HiddenPins != null && Array.IndexOf(HiddenPins, pin) >= 0))
            {
                return false;
            }

            return ShownPins == null || Array.IndexOf(ShownPins, pin) >= 0;
        }

        /// <summary>
        /// Parses the arguments; the state folder defaults to <c>./.state/&lt;device&gt;</c> and is created (or
        /// tightened) with mode 0700 on Unix.
        /// </summary>
        /// <param name="args">The command line.</param>
        /// <param name="deviceName">The device's folder name, such as "garage-opener".</param>
        /// <returns>The options (check <see cref="Error"/>).</returns>
        public static VirtualDeviceOptions Parse(string[] args, string deviceName)
        {
            VirtualDeviceOptions options = new VirtualDeviceOptions();
            string state = Path.Combine(".state", deviceName);
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "--exit-after-start")
                {
                    options.ExitAfterStart = true;
                }
                else if (args[i] == "--state" && i + 1 < args.Length)
                {
                    state = args[++i];
                }
                else
                {
                    options.Error = "unknown argument '" + args[i] + "'; usage: [--state DIR] [--exit-after-start]";
                    return options;
                }
            }

            options.StateDirectory = Path.GetFullPath(state);
            EnsureOwnerOnly(options.StateDirectory);
            return options;
        }

        /// <summary>Creates the folder readable by its owner only, and tightens one an older version left open.</summary>
        /// <param name="folder">The folder.</param>
        public static void EnsureOwnerOnly(string folder)
        {
            if (OperatingSystem.IsWindows())
            {
                // The user profile's ACL already keeps other accounts out of the working copy.
                Directory.CreateDirectory(folder);
                return;
            }

            Directory.CreateDirectory(folder, StateFolderMode);
            if (File.GetUnixFileMode(folder) != StateFolderMode)
            {
                File.SetUnixFileMode(folder, StateFolderMode);
            }
        }
    }
}
