// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using Shared.Runtime.Platform;

namespace HostEmulation.Tests
{
    /// <summary>Keeps the firmware's log lines for assertions.</summary>
    public sealed class ListLog : ILog
    {
        public List<string> Lines { get; } = new List<string>();

        public string Text => string.Join("\n", Lines);

        public void WriteLine(string line)
        {
            lock (Lines)
            {
                Lines.Add(line);
            }
        }
    }
}
