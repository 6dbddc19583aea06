// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Diagnostics;
using System.IO;

namespace EndToEnd.Tests.Support
{
    /// <summary>The real okf executable (built next to the tests) run as a child process, as a user runs it.</summary>
    public static class OkfProcess
    {
        private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

        /// <summary>Runs <c>okf ARGS --broker BROKER --keys KEYFILE</c> and returns its exit code and output.</summary>
        /// <param name="owner">Whose broker and key file to use.</param>
        /// <param name="args">The command line.</param>
        /// <returns>Exit code, standard output and standard error.</returns>
        public static OkfRun Run(Owner owner, params string[] args)
        {
            string dll = Path.Combine(AppContext.BaseDirectory, "okf.dll");
            ProcessStartInfo info = new ProcessStartInfo("dotnet");
            info.ArgumentList.Add(dll);
            foreach (string arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            info.ArgumentList.Add("--broker");
            info.ArgumentList.Add(owner.BrokerAddress);
            info.ArgumentList.Add("--keys");
            info.ArgumentList.Add(owner.KeyFile);
            return ChildProcess.Run(info, Limit);
        }
    }
}
