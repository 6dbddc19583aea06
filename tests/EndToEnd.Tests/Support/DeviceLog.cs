// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using Shared.Runtime.Platform;

namespace EndToEnd.Tests.Support
{
    /// <summary>The serial console of an in-process device: every line kept, searchable while the device runs.</summary>
    public sealed class DeviceLog : ILog
    {
        private readonly object _sync = new object();
        private readonly List<string> _lines = new List<string>();

        /// <summary>Gets a snapshot of the lines so far.</summary>
        public string[] Lines
        {
            get
            {
                lock (_sync)
                {
                    return _lines.ToArray();
                }
            }
        }

        /// <inheritdoc/>
        public void WriteLine(string line)
        {
            lock (_sync)
            {
                _lines.Add(line);
            }
        }

        /// <summary>Waits for a line containing <paramref name="marker"/> and returns the text after the marker.</summary>
        /// <param name="marker">The text to look for.</param>
        /// <param name="timeout">How long to wait.</param>
        /// <returns>The rest of the first matching line.</returns>
        public string WaitForLineAfter(string marker, TimeSpan timeout)
        {
            string found = null;
            Eventually.True(() => (found = Find(marker)) != null, timeout, () => "no console line with '" + marker + "':\n" + string.Join("\n", Lines));
            return found;
        }

        private string Find(string marker)
        {
            foreach (string line in Lines)
            {
                int at = line.IndexOf(marker, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return line.Substring(at + marker.Length).Trim();
                }
            }

            return null;
        }
    }
}
