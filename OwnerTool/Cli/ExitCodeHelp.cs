// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace OwnerTool.Cli
{
    /// <summary>The exit-code table printed in the root --help (kept next to <see cref="Core.ExitCode"/> by a test).</summary>
    public static class ExitCodeHelp
    {
        /// <summary>The text.</summary>
        public const string Text =
            "Exit codes: 0 done; 1 usage error; 2 refused by the device (reason printed); 3 device offline; 4 timed out; "
            + "5 not paired; 6 bad pairing URI; 7 broker unreachable; 8 key file or pass file problem; "
            + "9 verification failed (pairing confirmation or audit chain); 10 broker login or topic refused; "
            + "11 broker certificate not trusted.";
    }
}
