// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// Every value of the wire protocol (docs/PROTOCOL.md) in one place. The first part holds spec values that a
    /// compatible client must use; the last part holds implementation limits that only bound this device's memory.
    /// No other file holds a literal for a wire field.
    /// </summary>
    public static class ProtocolConstants
    {
        // ---------------------------------------------------------------- spec: sizes

        /// <summary>Protocol version carried in byte 0 of every message.</summary>
        public const byte Version = 1;

        /// <summary>Device id: the first 8 bytes of SHA-256(label || device public key).</summary>
        public const int DeviceIdSize = 8;

        /// <summary>X25519 public and private key size.</summary>
        public const int PublicKeySize = 32;

        /// <summary>Pairing secret size (128 bits), shown in the pairing URI.</summary>
        public const int PairingSecretSize = 16;

        /// <summary>One-time invite code size (128 bits), armed by an admin once an owner is paired.</summary>
        public const int InviteCodeSize = 16;

        /// <summary>Key fingerprint: the first bytes of an owner public key (key list, pairing logs).</summary>
        public const int KeyFingerprintSize = 8;

        /// <summary>Per-owner master key size (HKDF output).</summary>
        public const int MasterKeySize = 32;

        /// <summary>AES-128 key size of the encryption sub-keys.</summary>
        public const int EncKeySize = 16;

        /// <summary>HMAC-SHA256 key size of the authentication sub-keys.</summary>
        public const int MacKeySize = 32;

        /// <summary>Truncated HMAC-SHA256 tag carried by every sealed message.</summary>
        public const int TagSize = 16;

        /// <summary>Full HMAC-SHA256 output size.</summary>
        public const int HmacSize = 32;

        /// <summary>Device freshness nonce size.</summary>
        public const int NonceSize = 8;

        /// <summary>Message counter size (big-endian, top bit must be zero).</summary>
        public const int CounterSize = 8;

        /// <summary>Owner nonce size in a pairing request.</summary>
        public const int OwnerNonceSize = 16;

        /// <summary>AES block and CTR counter block size.</summary>
        public const int BlockSize = 16;

        // ---------------------------------------------------------------- spec: common header

        /// <summary>Offset of the version byte.</summary>
        public const int OffsetVersion = 0;

        /// <summary>Offset of the message type byte.</summary>
        public const int OffsetType = 1;

        /// <summary>Offset of the device id.</summary>
        public const int OffsetDeviceId = 2;

        /// <summary>Offset of the key id in sealed messages.</summary>
        public const int OffsetKeyId = OffsetDeviceId + DeviceIdSize;

        /// <summary>Offset of the counter in sealed messages.</summary>
        public const int OffsetCounter = OffsetKeyId + 1;

        /// <summary>Offset of the echoed freshness nonce in commands.</summary>
        public const int OffsetNonce = OffsetCounter + CounterSize;

        /// <summary>Header size of a device-to-owner sealed message (result, event).</summary>
        public const int DeviceHeaderSize = OffsetNonce;

        /// <summary>Header size of an owner command.</summary>
        public const int CommandHeaderSize = OffsetNonce + NonceSize;

        // ---------------------------------------------------------------- spec: guest pass

        /// <summary>Guest pass body: pass id 4, epoch 2, action mask 4, max uses 1, not-before 8, not-after 8.</summary>
        public const int GuestPassSize = 4 + 2 + 4 + 1 + 8 + 8;

        /// <summary>Pass body offset of the pass id (u32).</summary>
        public const int PassOffsetId = 0;

        /// <summary>Pass body offset of the epoch (u16).</summary>
        public const int PassOffsetEpoch = 4;

        /// <summary>Pass body offset of the action mask (u32).</summary>
        public const int PassOffsetMask = 6;

        /// <summary>Pass body offset of the use count (u8).</summary>
        public const int PassOffsetUses = 10;

        /// <summary>Pass body offset of not-before (i64 UTC seconds).</summary>
        public const int PassOffsetNotBefore = 11;

        /// <summary>Pass body offset of not-after (i64 UTC seconds).</summary>
        public const int PassOffsetNotAfter = 19;

        /// <summary>Header size of a guest command (command header followed by the pass body).</summary>
        public const int GuestHeaderSize = CommandHeaderSize + GuestPassSize;

        /// <summary>First device action a guest pass mask can name (bit 0 of the mask).</summary>
        public const byte FirstDeviceAction = 0x20;

        /// <summary>Number of device actions (0x20-0x3F): one bit each in the pass action mask.</summary>
        public const int DeviceActionCount = 32;

        // ---------------------------------------------------------------- spec: plaintexts

        /// <summary>Owner UTC time (signed seconds since 1970, 0 = unknown) at the start of a command plaintext.</summary>
        public const int OwnerTimeSize = 8;

        /// <summary>Largest argument block of a command.</summary>
        public const int MaxArgumentSize = 64;

        /// <summary>Smallest command plaintext: owner time + action.</summary>
        public const int MinCommandPlaintext = OwnerTimeSize + 1;

        /// <summary>Largest command plaintext.</summary>
        public const int MaxCommandPlaintext = MinCommandPlaintext + MaxArgumentSize;

        /// <summary>Smallest command message (owner command, no arguments).</summary>
        public const int MinCommandSize = CommandHeaderSize + MinCommandPlaintext + TagSize;

        /// <summary>Largest command message (guest command, full arguments).</summary>
        public const int MaxCommandSize = GuestHeaderSize + MaxCommandPlaintext + TagSize;

        /// <summary>Result plaintext offset of the action echo (after the command counter).</summary>
        public const int ResultOffsetAction = CounterSize;

        /// <summary>Result plaintext offset of the reason code.</summary>
        public const int ResultOffsetReason = CounterSize + 1;

        /// <summary>Event plaintext offset of the trusted UTC time (after the event code).</summary>
        public const int EventOffsetTime = 1;

        /// <summary>Result plaintext prefix: command counter 8, action 1, reason 1.</summary>
        public const int ResultPrefixSize = CounterSize + 1 + 1;

        /// <summary>Event plaintext prefix: event code 1, trusted UTC seconds 8 (0 = unknown).</summary>
        public const int EventPrefixSize = 1 + 8;

        /// <summary>Largest data block in a result or an event.</summary>
        public const int MaxDeviceDataSize = 192;

        /// <summary>Largest device-to-owner message.</summary>
        public const int MaxDeviceMessageSize = DeviceHeaderSize + ResultPrefixSize + MaxDeviceDataSize + TagSize;

        /// <summary>Smallest device-to-owner message (an event without data).</summary>
        public const int MinDeviceMessageSize = DeviceHeaderSize + EventPrefixSize + TagSize;

        /// <summary>Nonce announcement: version, type, device id, nonce.</summary>
        public const int NonceMessageSize = OffsetKeyId + NonceSize;

        /// <summary>Pairing request: version, type, device id, owner key, owner nonce, device nonce, proof.</summary>
        public const int PairingRequestSize = OffsetKeyId + PublicKeySize + OwnerNonceSize + NonceSize + TagSize;

        /// <summary>Pairing response: version, type, device id, owner nonce, reason, key id, role, counter start, tag.</summary>
        public const int PairingResponseSize = OffsetKeyId + OwnerNonceSize + 1 + 1 + 1 + CounterSize + TagSize;

        // ---------------------------------------------------------------- spec: CTR direction bytes

        /// <summary>First byte of the CTR counter block for owner-to-device messages.</summary>
        public const byte DirectionToDevice = 0x01;

        /// <summary>First byte of the CTR counter block for device-to-owner messages.</summary>
        public const byte DirectionToOwner = 0x02;

        /// <summary>Offset of the message counter in the CTR initial block (direction 1, zero 3, counter 8, zero 4).</summary>
        public const int CounterBlockOffsetCounter = 4;

        // ---------------------------------------------------------------- spec: time and windows

        /// <summary>The device replaces its freshness nonce this often (milliseconds).</summary>
        public const long NonceRotationMs = 30000;

        /// <summary>Longest pairing window (milliseconds).</summary>
        public const long PairingWindowMs = 120000;

        /// <summary>Wrong pairing proofs one window tolerates before it closes (counted per window, in RAM).</summary>
        public const int MaxPairingFailures = 20;

        /// <summary>An invite armed while no window is open waits this long for the long press, then lapses.</summary>
        public const long InviteArmMs = 120000;

        /// <summary>ArmInvite result data: invite code, window-open flag (u8), seconds the invite has left (u16).</summary>
        public const int ArmInviteResultSize = InviteCodeSize + 1 + 2;

        /// <summary>Counters this far below the highest accepted one are still accepted once (reordering).</summary>
        public const int ReplayWindowSize = 96;

        /// <summary>Longest life of a command on the wire: the current and the previous nonce (milliseconds).</summary>
        public const long FreshnessWindowMs = 2 * NonceRotationMs;

        /// <summary>Earliest owner time the device takes (2020-01-01T00:00:00Z); earlier non-zero times are refused.</summary>
        public const long MinOwnerUtcSeconds = 1577836800;

        /// <summary>Latest owner time the device takes (2100-01-01T00:00:00Z; fits the audit chain's u32 field).</summary>
        public const long MaxOwnerUtcSeconds = 4102444800;

        /// <summary>Largest counter value (the top bit stays clear so counters fit a signed 64-bit integer).</summary>
        public const long MaxCounter = long.MaxValue - 1;

        // ---------------------------------------------------------------- spec: key derivation labels

        /// <summary>Device id hash prefix.</summary>
        public static readonly byte[] LabelDeviceId = Ascii("okf1 device id");

        /// <summary>HKDF salt that extracts the pairing proof key from the pairing secret.</summary>
        public static readonly byte[] LabelPairingSalt = Ascii("okf1 pairing salt");

        /// <summary>HKDF info prefix of the pairing proof key.</summary>
        public static readonly byte[] LabelPairingProof = Ascii("okf1 pair proof");

        /// <summary>HKDF info prefix of the owner master key at pairing.</summary>
        public static readonly byte[] LabelMaster = Ascii("okf1 master");

        /// <summary>HKDF info prefix of the owner master key after a rotation.</summary>
        public static readonly byte[] LabelRotate = Ascii("okf1 rotate");

        /// <summary>HKDF info prefix of the pairing confirmation key.</summary>
        public static readonly byte[] LabelConfirm = Ascii("okf1 pair confirm");

        /// <summary>HKDF info prefix of the owner-to-device encryption key.</summary>
        public static readonly byte[] LabelCommandEnc = Ascii("okf1 c2d enc");

        /// <summary>HKDF info prefix of the owner-to-device authentication key.</summary>
        public static readonly byte[] LabelCommandMac = Ascii("okf1 c2d mac");

        /// <summary>HKDF info prefix of the device-to-owner encryption key.</summary>
        public static readonly byte[] LabelDeviceEnc = Ascii("okf1 d2c enc");

        /// <summary>HKDF info prefix of the device-to-owner authentication key.</summary>
        public static readonly byte[] LabelDeviceMac = Ascii("okf1 d2c mac");

        /// <summary>HKDF info prefix of an admin's pass-issuing key.</summary>
        public static readonly byte[] LabelPassIssue = Ascii("okf1 pass issue");

        /// <summary>HKDF info prefix of a guest master key (followed by the pass body).</summary>
        public static readonly byte[] LabelGuest = Ascii("okf1 guest");

        // ---------------------------------------------------------------- spec: topics

        /// <summary>Topic prefix; the device id in lowercase hex follows.</summary>
        public const string TopicPrefix = "okf/v1/";

        // ---------------------------------------------------------------- implementation limits (this device)

        /// <summary>Owner keys a device holds (admins + members).</summary>
        public const int MaxOwners = 16;

        /// <summary>Guest passes whose use count the device tracks at once.</summary>
        public const int MaxTrackedPasses = 16;

        /// <summary>Individually revoked pass ids kept until the next epoch bump.</summary>
        public const int MaxRevokedPasses = 32;

        /// <summary>MAC verifications per key that may fail in a burst.</summary>
        public const int KeyBucketCapacity = 4;

        /// <summary>One token returns to a key's bucket this often (milliseconds).</summary>
        public const int KeyBucketRefillMs = 500;

        /// <summary>MAC verifications of any origin in a burst.</summary>
        public const int GlobalBucketCapacity = 48;

        /// <summary>One token returns to the global bucket this often (milliseconds): 40 verifications per second.</summary>
        public const int GlobalBucketRefillMs = 25;

        /// <summary>
        /// Global tokens an owner key with an empty bucket may not borrow: they stay for the other keys, so a flood
        /// aimed at one key id never takes the others' verifications.
        /// </summary>
        public const int GlobalBucketReserve = 16;

        /// <summary>Guest passes whose refusal was already answered and audited, remembered to stay silent on repeats.</summary>
        public const int MaxDeadPasses = 8;

        /// <summary>Audit entries a member key or an issuer's guests may add in a burst.</summary>
        public const int AuditBucketCapacity = 8;

        /// <summary>One audit entry returns to an actor's budget this often (milliseconds).</summary>
        public const int AuditBucketRefillMs = 60000;

        /// <summary>The persisted lower bound of trusted time is rewritten when the clock passed it by this much (seconds).</summary>
        public const long TimeFloorPersistIntervalSeconds = 3600;

        private static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }
    }
}
