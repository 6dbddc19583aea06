// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// What <see cref="CommandVerifier.Process"/> did with one message. Reused by the verifier: read it before
    /// the next call.
    /// </summary>
    public sealed class VerifyOutcome
    {
        /// <summary>Reason code (ReasonCode value or a device reason).</summary>
        public byte Reason;

        /// <summary>Whether the message was authenticated (and therefore answered).</summary>
        public bool Authenticated;

        /// <summary>Length of the sealed result to publish; 0 means publish nothing.</summary>
        public int ResponseLength;

        /// <summary>Whether the sender was a guest (publish on the guest topic).</summary>
        public bool IsGuest;

        /// <summary>Key id of the owner (or the guest's issuing admin).</summary>
        public byte KeyId;

        /// <summary>Guest pass id.</summary>
        public uint PassId;

        /// <summary>Action code (when authenticated).</summary>
        public byte Action;

        /// <summary>The owner registry changed: persist it.</summary>
        public bool RegistryChanged;

        /// <summary>The pass book changed: persist it.</summary>
        public bool PassesChanged;

        /// <summary>Clears every field.</summary>
        public void Reset()
        {
            Reason = 0;
            Authenticated = false;
            ResponseLength = 0;
            IsGuest = false;
            KeyId = 0;
            PassId = 0;
            Action = 0;
            RegistryChanged = false;
            PassesChanged = false;
        }
    }
}
