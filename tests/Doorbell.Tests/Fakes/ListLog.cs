// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using Shared.Runtime.Platform;

namespace Doorbell.Tests.Fakes
{
    /// <summary>Keeps log lines for assertions.</summary>
    public sealed class ListLog : ILog
    {
        /// <summary>Gets the lines written.</summary>
        public List<string> Lines { get; } = new List<string>();

        /// <inheritdoc />
        public void WriteLine(string line)
        {
            lock (Lines)
            {
                Lines.Add(line);
            }
        }
    }
}
