// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace OwnerTool.Core
{
    /// <summary>A failure the user should read: a message and the exit code it maps to.</summary>
    public sealed class OwnerToolException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="code">Exit code.</param>
        /// <param name="message">What went wrong and, where possible, what to do.</param>
        public OwnerToolException(ExitCode code, string message)
            : base(message)
        {
            Code = code;
        }

        /// <summary>Gets the exit code.</summary>
        public ExitCode Code { get; }
    }
}
