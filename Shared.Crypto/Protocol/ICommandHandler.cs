// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// The device controller's side of the verifier: runs an authenticated device action (0x20-0x3F, and
    /// ReadAudit) after every protocol check passed.
    /// </summary>
    public interface ICommandHandler
    {
        /// <summary>Executes the action; may write result data into <see cref="CommandContext.ResultData"/>.</summary>
        /// <param name="context">The authenticated command.</param>
        /// <returns>0 (Done), a protocol reason (0x10-0x3F) or a device reason (0x40-0x7F).</returns>
        byte Execute(CommandContext context);
    }
}
