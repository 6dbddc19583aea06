// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace Shared.Crypto.Keys
{
    /// <summary>One paired key: id, role, the owner's public key, its master key and the keys derived from it.</summary>
    public sealed class OwnerKey
    {
        /// <summary>The owner's X25519 public key.</summary>
        public readonly byte[] OwnerPublicKey = new byte[ProtocolConstants.PublicKeySize];

        /// <summary>The per-owner master key (secret).</summary>
        public readonly byte[] MasterKey = new byte[ProtocolConstants.MasterKeySize];

        /// <summary>The admin's pass-issuing key (derived for every role; only admins' passes are accepted).</summary>
        public readonly byte[] PassIssueKey = new byte[ProtocolConstants.MasterKeySize];

        /// <summary>Message keys derived from the master key.</summary>
        public readonly SessionKeys Keys = new SessionKeys();

        /// <summary>Gets a value indicating whether this slot holds a key.</summary>
        public bool InUse { get; private set; }

        /// <summary>Gets the key id (1-254) carried in message headers.</summary>
        public byte KeyId { get; private set; }

        /// <summary>Gets or sets the role.</summary>
        public OwnerRole Role { get; set; }

        /// <summary>Fills the slot and derives the message keys.</summary>
        /// <param name="backend">Crypto backend.</param>
        /// <param name="deviceId">8-byte device id.</param>
        /// <param name="keyId">Key id.</param>
        /// <param name="role">Role.</param>
        /// <param name="ownerPublicKey">32-byte owner public key.</param>
        /// <param name="masterKey">32-byte master key (copied).</param>
        public void Install(ICryptoBackend backend, byte[] deviceId, byte keyId, OwnerRole role, byte[] ownerPublicKey, byte[] masterKey)
        {
            Array.Copy(ownerPublicKey, OwnerPublicKey, OwnerPublicKey.Length);
            Array.Copy(masterKey, MasterKey, MasterKey.Length);
            Keys.Derive(backend, MasterKey, deviceId);
            KeyDerivation.DeriveSubKey(backend, MasterKey, ProtocolConstants.LabelPassIssue, deviceId, PassIssueKey, PassIssueKey.Length);
            KeyId = keyId;
            Role = role;
            InUse = true;
        }

        /// <summary>Empties the slot and wipes every secret.</summary>
        public void Clear()
        {
            SecureBuffer.Clear(OwnerPublicKey);
            SecureBuffer.Clear(MasterKey);
            SecureBuffer.Clear(PassIssueKey);
            Keys.Clear();
            KeyId = 0;
            Role = OwnerRole.None;
            InUse = false;
        }
    }
}
