// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections;
using Shared.Runtime.Platform;

namespace NFUnitTest
{
    /// <summary>Keeps log lines for assertions.</summary>
    public sealed class ListLog : ILog
    {
        private readonly ArrayList _lines = new ArrayList();

        /// <summary>Gets how many lines were written.</summary>
        public int Count
        {
            get { return _lines.Count; }
        }

        /// <summary>Returns a line.</summary>
        /// <param name="index">Index.</param>
        /// <returns>The line.</returns>
        public string Line(int index)
        {
            return (string)_lines[index];
        }

        /// <summary>Records a line.</summary>
        /// <param name="line">The line.</param>
        public void WriteLine(string line)
        {
            _lines.Add(line);
        }
    }
}
