// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace EndToEnd.Tests.Support
{
    /// <summary>What one run of the okf executable did.</summary>
    public sealed class OkfRun
    {
        /// <summary>Creates the record.</summary>
        /// <param name="code">Exit code.</param>
        /// <param name="output">Standard output.</param>
        /// <param name="error">Standard error.</param>
        public OkfRun(int code, string output, string error)
        {
            Code = code;
            Output = output;
            Error = error;
        }

        /// <summary>Gets the exit code.</summary>
        public int Code { get; }

        /// <summary>Gets standard output.</summary>
        public string Output { get; }

        /// <summary>Gets standard error.</summary>
        public string Error { get; }

        /// <inheritdoc/>
        public override string ToString() => "exit " + Code + "\nstdout:\n" + Output + "\nstderr:\n" + Error;
    }
}
