// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.HostEmulation.Board
{
    /// <summary>Keeps a board current for one execution context; disposing restores the previous board.</summary>
    public sealed class BoardScope : IDisposable
    {
        private readonly Action _restore;
        private bool _disposed;

        internal BoardScope(VirtualBoard board, Action restore)
        {
            Board = board;
            _restore = restore;
        }

        /// <summary>Gets the installed board.</summary>
        public VirtualBoard Board { get; }

        /// <inheritdoc />
        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                _restore();
            }
        }
    }
}
