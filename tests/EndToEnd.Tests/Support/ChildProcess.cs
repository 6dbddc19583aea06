// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace EndToEnd.Tests.Support
{
    /// <summary>Runs a child process to its end, collecting both output streams; kills its whole tree on a hang.</summary>
    public static class ChildProcess
    {
        /// <summary>Runs <paramref name="info"/> (its output streams are redirected here).</summary>
        /// <param name="info">What to run.</param>
        /// <param name="limit">How long it may take before it is killed and the test fails.</param>
        /// <returns>Exit code, standard output and standard error.</returns>
        public static OkfRun Run(ProcessStartInfo info, TimeSpan limit)
        {
            info.UseShellExecute = false;
            info.RedirectStandardOutput = true;
            info.RedirectStandardError = true;
            using Process process = Process.Start(info);
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit((int)limit.TotalMilliseconds))
            {
                process.Kill(true);
                process.WaitForExit();
                throw new TimeoutException(info.FileName + " " + string.Join(" ", info.ArgumentList) + " did not finish:\n"
                    + output.GetAwaiter().GetResult());
            }

            process.WaitForExit();
            return new OkfRun(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
        }
    }
}
