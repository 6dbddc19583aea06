// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using nanoFramework.HostEmulation.Board;

namespace HostEmulation.Tests
{
    /// <summary>Gives each test its own board on virtual time, installed for the test's execution context.</summary>
    public abstract class BoardTest : IDisposable
    {
        private readonly BoardScope _scope;

        protected BoardTest()
        {
            Clock = new ManualBoardClock();
            Board = new VirtualBoard(Clock);
            _scope = VirtualBoard.Install(Board);
        }

        protected ManualBoardClock Clock { get; }

        protected VirtualBoard Board { get; }

        public void Dispose()
        {
            _scope.Dispose();
        }
    }
}
