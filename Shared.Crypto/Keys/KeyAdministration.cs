// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Passes;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace Shared.Crypto.Keys
{
    /// <summary>
    /// Executes the protocol's own actions (ping, key list, revoke, rotate, role change, pass revocation) for an
    /// authenticated owner. Role checks happen here; the verifier has already checked everything else.
    /// </summary>
    public sealed class KeyAdministration
    {
        private readonly ICryptoBackend _backend;
        private readonly DeviceIdentity _identity;
        private readonly OwnerRegistry _registry;
        private readonly PassBook _passes;

        /// <summary>Creates the executor.</summary>
        /// <param name="backend">Crypto backend.</param>
        /// <param name="identity">Device identity (rotation needs the private key).</param>
        /// <param name="registry">Owner keys.</param>
        /// <param name="passes">Guest pass state.</param>
        public KeyAdministration(ICryptoBackend backend, DeviceIdentity identity, OwnerRegistry registry, PassBook passes)
        {
            _backend = backend;
            _identity = identity;
            _registry = registry;
            _passes = passes;
        }

        /// <summary>Tells whether an action code is one this class executes.</summary>
        /// <param name="action">Action code.</param>
        /// <returns>True for Ping through RevokeAllPasses.</returns>
        public static bool Handles(byte action)
        {
            return action >= (byte)ProtocolAction.Ping && action <= (byte)ProtocolAction.RevokeAllPasses;
        }

        /// <summary>Executes one protocol action.</summary>
        /// <param name="context">The authenticated command (result data is written here).</param>
        /// <param name="slot">Sender's slot.</param>
        /// <param name="outcome">Receives the RegistryChanged / PassesChanged flags.</param>
        /// <returns>Reason code.</returns>
        public byte Execute(CommandContext context, int slot, VerifyOutcome outcome)
        {
            byte action = context.Action;
            int length = context.ArgumentsLength;
            byte[] args = context.Arguments;
            int at = context.ArgumentsOffset;
            bool admin = context.Role == OwnerRole.Admin;
            if (action == (byte)ProtocolAction.Ping)
            {
                return length == 0 ? (byte)ReasonCode.Done : (byte)ReasonCode.BadArguments;
            }

            if (action == (byte)ProtocolAction.RotateKey)
            {
                return length == ProtocolConstants.PublicKeySize ? Rotate(slot, args, at, outcome) : (byte)ReasonCode.BadArguments;
            }

            if (!admin)
            {
                return (byte)ReasonCode.Forbidden;
            }

            if (action == (byte)ProtocolAction.ListKeys)
            {
                if (length != 0)
                {
                    return (byte)ReasonCode.BadArguments;
                }

                context.ResultLength = _registry.WriteKeyList(context.ResultData, 0);
                return (byte)ReasonCode.Done;
            }

            if (action == (byte)ProtocolAction.RevokeKey)
            {
                return length == 1 ? Changed(_registry.Revoke(args[at]), outcome, true) : (byte)ReasonCode.BadArguments;
            }

            if (action == (byte)ProtocolAction.SetRole)
            {
                return length == 2 ? Changed(_registry.SetRole(args[at], (OwnerRole)args[at + 1]), outcome, true) : (byte)ReasonCode.BadArguments;
            }

            if (action == (byte)ProtocolAction.RevokePass)
            {
                return length == 5
                    ? Changed(_passes.Revoke(args[at], BigEndian.ReadUInt32(args, at + 1)), outcome, false)
                    : (byte)ReasonCode.BadArguments;
            }

            if (action == (byte)ProtocolAction.RevokeAllPasses)
            {
                if (length != 0)
                {
                    return (byte)ReasonCode.BadArguments;
                }

                BigEndian.WriteUInt16(context.ResultData, 0, _passes.RevokeAll());
                context.ResultLength = 2;
                outcome.PassesChanged = true;
                return (byte)ReasonCode.Done;
            }

            return (byte)ReasonCode.UnknownAction;
        }

        private byte Rotate(int slot, byte[] args, int at, VerifyOutcome outcome)
        {
            // The new master key chains from the old one (HKDF salt), so only the current key holder can rotate.
            byte[] newPublic = new byte[ProtocolConstants.PublicKeySize];
            System.Array.Copy(args, at, newPublic, 0, newPublic.Length);
            if (_registry.FindByPublicKey(newPublic) >= 0)
            {
                // One public key in two slots (or a slot "rotated" onto its own key) makes fingerprints ambiguous in
                // the key list and in the pairing replay check; refused before the X25519.
                return (byte)ReasonCode.BadArguments;
            }

            byte[] shared = new byte[ProtocolConstants.PublicKeySize];
            byte[] master = new byte[ProtocolConstants.MasterKeySize];
            try
            {
                if (!X25519.SharedSecret(_identity.PrivateKey, newPublic, shared))
                {
                    return (byte)ReasonCode.BadArguments;
                }

                OwnerKey key = _registry.GetSlot(slot);
                KeyDerivation.DeriveMasterKey(_backend, key.MasterKey, ProtocolConstants.LabelRotate, shared, _identity.DeviceId,
                    _identity.PublicKey, newPublic, master);
                _registry.Replace(slot, newPublic, master);
                outcome.RegistryChanged = true;
                return (byte)ReasonCode.Done;
            }
            finally
            {
                SecureBuffer.Clear(shared);
                SecureBuffer.Clear(master);
            }
        }

        private static byte Changed(ReasonCode reason, VerifyOutcome outcome, bool registry)
        {
            if (reason == ReasonCode.Done)
            {
                if (registry)
                {
                    outcome.RegistryChanged = true;
                }
                else
                {
                    outcome.PassesChanged = true;
                }
            }

            return (byte)reason;
        }
    }
}
