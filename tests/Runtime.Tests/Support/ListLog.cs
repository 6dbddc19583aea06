// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using Shared.Runtime.Platform;

namespace Runtime.Tests.Support
{
    /// <summary>Keeps every log line.</summary>
    public sealed class ListLog : ILog
    {
        private readonly object _lock = new object();
        private readonly List<string> _lines = new List<string>();

        /// <summary>Gets a copy of the lines.</summary>
        public string[] Lines
        {
            get
            {
                lock (_lock)
                {
                    return _lines.ToArray();
                }
            }
        }

        /// <inheritdoc/>
        public void WriteLine(string line)
        {
            lock (_lock)
            {
                _lines.Add(line);
            }
        }
    }
}
