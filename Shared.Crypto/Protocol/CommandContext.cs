// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Audit;
using Shared.Crypto.Keys;

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// One authenticated command, handed to the device's <see cref="ICommandHandler"/>. The verifier reuses a single
    /// instance (no allocation per command): copy anything you keep beyond the call.
    /// </summary>
    public sealed class CommandContext
    {
        /// <summary>Where the handler writes result data (up to MaxDeviceDataSize bytes).</summary>
        public readonly byte[] ResultData = new byte[ProtocolConstants.MaxDeviceDataSize];

        /// <summary>Owner or Guest.</summary>
        public ActorKind Actor;

        /// <summary>Key id of the owner (for a guest: of the issuing admin).</summary>
        public byte KeyId;

        /// <summary>Role of the owner key (Member for a guest's issuer is impossible: guests show as None).</summary>
        public OwnerRole Role;

        /// <summary>Pass id (guests only).</summary>
        public uint PassId;

        /// <summary>Action code.</summary>
        public byte Action;

        /// <summary>Buffer holding the arguments.</summary>
        public byte[] Arguments;

        /// <summary>Offset of the arguments in <see cref="Arguments"/>.</summary>
        public int ArgumentsOffset;

        /// <summary>Length of the arguments (0-64).</summary>
        public int ArgumentsLength;

        /// <summary>Command counter.</summary>
        public long Counter;

        /// <summary>Whether <see cref="TrustedUtcSeconds"/> is known.</summary>
        public bool TimeKnown;

        /// <summary>Trusted UTC seconds (0 when unknown).</summary>
        public long TrustedUtcSeconds;

        /// <summary>Monotonic time of processing, milliseconds.</summary>
        public long NowMs;

        /// <summary>Length of <see cref="ResultData"/> the handler filled.</summary>
        public int ResultLength;

        /// <summary>
        /// Whether a guest's Done uses up one of the pass's uses (true unless the handler clears it: a read-only
        /// action such as Status costs no use).
        /// </summary>
        public bool ConsumesPassUse;
    }
}
