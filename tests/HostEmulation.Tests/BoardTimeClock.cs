// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using nanoFramework.HostEmulation.Board;
using Shared.Runtime.Platform;

namespace HostEmulation.Tests
{
    /// <summary>The firmware's clock seam read from a board's clock, so firmware and board share one time.</summary>
    public sealed class BoardTimeClock : IClock
    {
        private readonly VirtualBoard _board;

        public BoardTimeClock(VirtualBoard board)
        {
            _board = board;
        }

        public long NowMilliseconds => (long)_board.Now.TotalMilliseconds;
    }
}
