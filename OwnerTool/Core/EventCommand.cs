// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace OwnerTool.Core
{
    /// <summary>
    /// Runs the user's command for each notification (<c>okf watch --exec CMD</c>): <c>/bin/sh -c CMD okf WORDS...</c>,
    /// so the event's words are the script's <c>$1 $2 ...</c>, with the event in environment variables (OKF_DEVICE,
    /// OKF_KIND, OKF_EVENT, OKF_CODE, OKF_TIME, OKF_STATE, OKF_TEXT). Only authenticated events get here; the command
    /// runs detached from the watch, which never waits for it (a slow ntfy call must not delay the next ring).
    /// </summary>
    public sealed class EventCommand
    {
        private readonly string _command;

        /// <summary>Creates the runner.</summary>
        /// <param name="command">The shell command line.</param>
        public EventCommand(string command)
        {
            _command = command;
        }

        /// <summary>Builds the process start for one notification (tests inspect it).</summary>
        /// <param name="device">Device name.</param>
        /// <param name="kind">Device kind.</param>
        /// <param name="name">Event name ("ring", "motion", "door", "open-alert" ...).</param>
        /// <param name="code">Event code (0 for notices the tool itself raises).</param>
        /// <param name="utcSeconds">When it happened (0 = unknown).</param>
        /// <param name="state">Door state name, or null.</param>
        /// <param name="text">The line okf watch prints for it.</param>
        /// <returns>The start information.</returns>
        public ProcessStartInfo StartInfo(string device, string kind, string name, byte code, long utcSeconds, string state, string text)
        {
            var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(_command);
            info.ArgumentList.Add("okf");
            foreach (string word in Words(device, name, state))
            {
                info.ArgumentList.Add(word);
            }

            info.Environment["OKF_DEVICE"] = device;
            info.Environment["OKF_KIND"] = kind;
            info.Environment["OKF_EVENT"] = name;
            info.Environment["OKF_CODE"] = code.ToString();
            info.Environment["OKF_TIME"] = utcSeconds > 0 ? DateTimeOffset.FromUnixTimeSeconds(utcSeconds).ToString("yyyy-MM-ddTHH:mm:ssZ") : string.Empty;
            info.Environment["OKF_STATE"] = state ?? string.Empty;
            info.Environment["OKF_TEXT"] = text;
            return info;
        }

        /// <summary>Starts the command for one notification; a failure to start is returned as text, never thrown.</summary>
        /// <param name="info">From <see cref="StartInfo"/>.</param>
        /// <returns>Null when started, else why not.</returns>
        public static string Start(ProcessStartInfo info)
        {
            try
            {
                Process process = Process.Start(info);
                process?.Dispose();
                return null;
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception || e is InvalidOperationException)
            {
                return "--exec could not start: " + e.Message;
            }
        }

        private static IEnumerable<string> Words(string device, string name, string state)
        {
            yield return device;
            yield return name;
            if (!string.IsNullOrEmpty(state))
            {
                yield return state;
            }
        }
    }
}
