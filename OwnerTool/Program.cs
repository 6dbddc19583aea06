// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using OwnerTool.Cli;

namespace OwnerTool
{
    /// <summary>Entry point of okf, the owner tool.</summary>
    public static class Program
    {
        /// <summary>Runs one okf command.</summary>
        /// <param name="args">Command line.</param>
        /// <returns>The exit code (see okf --help).</returns>
        public static int Main(string[] args)
        {
            return App.Run(args, Console.Out, Console.Error);
        }
    }
}
