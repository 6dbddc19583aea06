// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace Shared.Crypto.Keys
{
    /// <summary>
    /// The paired keys of a device: <see cref="ProtocolConstants.MaxOwners"/> fixed slots (no allocation after
    /// construction). Refuses any change that would leave no admin. Persisted through <see cref="Encode"/> and
    /// <see cref="TryLoad"/> (the storage layer makes the write power-safe).
    /// </summary>
    public sealed class OwnerRegistry
    {
        /// <summary>Persistent format version of <see cref="Encode"/>.</summary>
        public const byte FormatVersion = 1;

        /// <summary>Bytes per persisted key: slot, key id, role, owner public key, master key.</summary>
        public const int EntrySize = 3 + ProtocolConstants.PublicKeySize + ProtocolConstants.MasterKeySize;

        /// <summary>Largest encoded registry.</summary>
        public const int MaxEncodedSize = 3 + (ProtocolConstants.MaxOwners * EntrySize);

        private const byte FirstKeyId = 1;
        private const byte LastKeyId = 254;

        private readonly ICryptoBackend _backend;
        private readonly byte[] _deviceId;
        private readonly OwnerKey[] _slots = new OwnerKey[ProtocolConstants.MaxOwners];
        private byte _nextKeyId = FirstKeyId;

        /// <summary>Creates an empty registry.</summary>
        /// <param name="backend">Crypto backend (derives message keys).</param>
        /// <param name="deviceId">8-byte device id.</param>
        public OwnerRegistry(ICryptoBackend backend, byte[] deviceId)
        {
            _backend = backend;
            _deviceId = deviceId;
            for (int i = 0; i < _slots.Length; i++)
            {
                _slots[i] = new OwnerKey();
            }
        }

        /// <summary>Gets the number of paired keys.</summary>
        public int Count
        {
            get { return CountRole(OwnerRole.None, true); }
        }

        /// <summary>Gets the number of admin keys.</summary>
        public int AdminCount
        {
            get { return CountRole(OwnerRole.Admin, false); }
        }

        /// <summary>Gets the slot at an index (0 to MaxOwners - 1), in use or not.</summary>
        /// <param name="slot">Slot index.</param>
        /// <returns>The slot.</returns>
        public OwnerKey GetSlot(int slot)
        {
            return _slots[slot];
        }

        /// <summary>Finds the slot holding a key id.</summary>
        /// <param name="keyId">Key id from a header.</param>
        /// <returns>Slot index, or -1.</returns>
        public int FindSlot(byte keyId)
        {
            for (int i = 0; i < _slots.Length; i++)
            {
                if (_slots[i].InUse && _slots[i].KeyId == keyId)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Finds the slot holding an owner public key.</summary>
        /// <param name="ownerPublicKey">32-byte owner public key.</param>
        /// <returns>Slot index, or -1.</returns>
        public int FindByPublicKey(byte[] ownerPublicKey)
        {
            for (int i = 0; i < _slots.Length; i++)
            {
                if (_slots[i].InUse && ConstantTime.AreEqual(_slots[i].OwnerPublicKey, 0, ownerPublicKey, 0, ProtocolConstants.PublicKeySize))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Adds a key. The first key of an empty registry is always admin.</summary>
        /// <param name="ownerPublicKey">32-byte owner public key.</param>
        /// <param name="masterKey">32-byte master key (copied).</param>
        /// <param name="role">Requested role (ignored for the first key).</param>
        /// <param name="slot">Slot used, or -1.</param>
        /// <returns>Done or RegistryFull.</returns>
        public ReasonCode Add(byte[] ownerPublicKey, byte[] masterKey, OwnerRole role, out int slot)
        {
            slot = -1;
            for (int i = 0; i < _slots.Length; i++)
            {
                if (!_slots[i].InUse)
                {
                    slot = i;
                    break;
                }
            }

            if (slot < 0)
            {
                return ReasonCode.RegistryFull;
            }

            if (Count == 0)
            {
                role = OwnerRole.Admin;
            }

            _slots[slot].Install(_backend, _deviceId, AllocateKeyId(), role, ownerPublicKey, masterKey);
            return ReasonCode.Done;
        }

        /// <summary>Removes a key, unless it is the last admin.</summary>
        /// <param name="keyId">Key id to remove.</param>
        /// <returns>Done, NoSuchKey or LastAdmin.</returns>
        public ReasonCode Revoke(byte keyId)
        {
            int slot = FindSlot(keyId);
            if (slot < 0)
            {
                return ReasonCode.NoSuchKey;
            }

            if (_slots[slot].Role == OwnerRole.Admin && AdminCount <= 1)
            {
                return ReasonCode.LastAdmin;
            }

            _slots[slot].Clear();
            return ReasonCode.Done;
        }

        /// <summary>Changes a key's role, unless that demotes the last admin.</summary>
        /// <param name="keyId">Key id.</param>
        /// <param name="role">Admin or Member.</param>
        /// <returns>Done, NoSuchKey, BadArguments or LastAdmin.</returns>
        public ReasonCode SetRole(byte keyId, OwnerRole role)
        {
            if (role != OwnerRole.Admin && role != OwnerRole.Member)
            {
                return ReasonCode.BadArguments;
            }

            int slot = FindSlot(keyId);
            if (slot < 0)
            {
                return ReasonCode.NoSuchKey;
            }

            if (_slots[slot].Role == OwnerRole.Admin && role != OwnerRole.Admin && AdminCount <= 1)
            {
                return ReasonCode.LastAdmin;
            }

            _slots[slot].Role = role;
            return ReasonCode.Done;
        }

        /// <summary>Replaces a slot's owner public key and master key (rotation), keeping id and role.</summary>
        /// <param name="slot">Slot index.</param>
        /// <param name="ownerPublicKey">New owner public key.</param>
        /// <param name="masterKey">New master key.</param>
        public void Replace(int slot, byte[] ownerPublicKey, byte[] masterKey)
        {
            OwnerKey key = _slots[slot];
            key.Install(_backend, _deviceId, key.KeyId, key.Role, ownerPublicKey, masterKey);
        }

        /// <summary>Writes the key list: count, then per key: id, role, first 8 bytes of its public key.</summary>
        /// <param name="output">Destination.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written (1 + 10 per key).</returns>
        public int WriteKeyList(byte[] output, int offset)
        {
            int n = offset + 1;
            int count = 0;
            for (int i = 0; i < _slots.Length; i++)
            {
                OwnerKey key = _slots[i];
                if (!key.InUse)
                {
                    continue;
                }

                output[n++] = key.KeyId;
                output[n++] = (byte)key.Role;
                for (int j = 0; j < ProtocolConstants.KeyFingerprintSize; j++)
                {
                    output[n++] = key.OwnerPublicKey[j];
                }

                count++;
            }

            output[offset] = (byte)count;
            return n - offset;
        }

        /// <summary>Encodes the registry for persistence (contains secrets: store it on the device only).</summary>
        /// <param name="output">Destination of at least <see cref="MaxEncodedSize"/> bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <returns>Bytes written.</returns>
        public int Encode(byte[] output, int offset)
        {
            int n = offset;
            output[n++] = FormatVersion;
            output[n++] = _nextKeyId;
            output[n++] = (byte)Count;
            for (int i = 0; i < _slots.Length; i++)
            {
                OwnerKey key = _slots[i];
                if (!key.InUse)
                {
                    continue;
                }

                output[n++] = (byte)i;
                output[n++] = key.KeyId;
                output[n++] = (byte)key.Role;
                System.Array.Copy(key.OwnerPublicKey, 0, output, n, ProtocolConstants.PublicKeySize);
                n += ProtocolConstants.PublicKeySize;
                System.Array.Copy(key.MasterKey, 0, output, n, ProtocolConstants.MasterKeySize);
                n += ProtocolConstants.MasterKeySize;
            }

            return n - offset;
        }

        /// <summary>Replaces this registry's content with a persisted one; on any error nothing changes.</summary>
        /// <param name="input">Encoded registry.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length.</param>
        /// <returns>Done, BadLength, BadVersion or BadField.</returns>
        public ReasonCode TryLoad(byte[] input, int offset, int count)
        {
            if (input == null || offset < 0 || count < 3 || offset + count > input.Length)
            {
                return ReasonCode.BadLength;
            }

            if (input[offset] != FormatVersion)
            {
                return ReasonCode.BadVersion;
            }

            int entries = input[offset + 2];
            if (entries > ProtocolConstants.MaxOwners || count != 3 + (entries * EntrySize))
            {
                return ReasonCode.BadLength;
            }

            for (int i = 0; i < entries; i++)
            {
                int at = offset + 3 + (i * EntrySize);
                byte slot = input[at];
                byte id = input[at + 1];
                byte role = input[at + 2];
                if (slot >= ProtocolConstants.MaxOwners || id < FirstKeyId || id > LastKeyId || (role != (byte)OwnerRole.Admin && role != (byte)OwnerRole.Member))
                {
                    return ReasonCode.BadField;
                }

                for (int j = 0; j < i; j++)
                {
                    int other = offset + 3 + (j * EntrySize);
                    if (input[other] == slot || input[other + 1] == id)
                    {
                        return ReasonCode.BadField;
                    }
                }
            }

            for (int i = 0; i < _slots.Length; i++)
            {
                _slots[i].Clear();
            }

            byte[] pub = new byte[ProtocolConstants.PublicKeySize];
            byte[] master = new byte[ProtocolConstants.MasterKeySize];
            for (int i = 0; i < entries; i++)
            {
                int at = offset + 3 + (i * EntrySize);
                System.Array.Copy(input, at + 3, pub, 0, pub.Length);
                System.Array.Copy(input, at + 3 + pub.Length, master, 0, master.Length);
                _slots[input[at]].Install(_backend, _deviceId, input[at + 1], (OwnerRole)input[at + 2], pub, master);
            }

            SecureBuffer.Clear(master);
            byte next = input[offset + 1];
            _nextKeyId = next < FirstKeyId || next > LastKeyId ? FirstKeyId : next;
            return ReasonCode.Done;
        }

        private byte AllocateKeyId()
        {
            // Ids advance before they are reused, so a just-revoked id is not handed to the next owner at once.
            while (true)
            {
                byte candidate = _nextKeyId;
                _nextKeyId = candidate >= LastKeyId ? FirstKeyId : (byte)(candidate + 1);
                if (FindSlot(candidate) < 0)
                {
                    return candidate;
                }
            }
        }

        private int CountRole(OwnerRole role, bool any)
        {
            int count = 0;
            for (int i = 0; i < _slots.Length; i++)
            {
                if (_slots[i].InUse && (any || _slots[i].Role == role))
                {
                    count++;
                }
            }

            return count;
        }
    }
}
