// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using Shared.Runtime.Platform;

namespace GarageOpener.Tests.Fakes
{
    /// <summary>A log that keeps its lines.</summary>
    public sealed class ListLog : ILog
    {
        public List<string> Lines { get; } = new List<string>();

        public void WriteLine(string line)
        {
            lock (Lines)
            {
                Lines.Add(line);
            }
        }
    }
}
