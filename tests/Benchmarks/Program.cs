// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using BenchmarkDotNet.Running;

namespace Benchmarks
{
    /// <summary>
    /// Entry point: pick benchmarks with BenchmarkDotNet's usual arguments (--filter, --job short, --list flat).
    /// Benchmarks run in-process so that no extra project has to be generated and restored for them.
    /// </summary>
    public static class Program
    {
        /// <summary>Runs the benchmarks selected by <paramref name="args"/>.</summary>
        /// <param name="args">BenchmarkDotNet command-line arguments.</param>
        public static void Main(string[] args)
        {
            // BenchmarkDotNet 0.14 predates .NET 10: an out-of-process run would have to generate a project for a
            // runtime it does not know, so in-process is the default here.
            string[] effective = args;
            if (Array.IndexOf(args, "--inProcess") < 0)
            {
                effective = new string[args.Length + 1];
                Array.Copy(args, effective, args.Length);
                effective[args.Length] = "--inProcess";
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(effective);
        }
    }
}
