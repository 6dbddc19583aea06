// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Keys;
using Shared.Crypto.Passes;
using Shared.Crypto.Primitives;

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// The owner's (or a guest's) side of the protocol for one device: seals commands, opens results and events,
    /// and (for an admin) issues guest passes offline. The caller persists <see cref="NextCounter"/> and
    /// <see cref="ReceivedHighest"/> between runs.
    /// </summary>
    public sealed class OwnerSession
    {
        private readonly ICryptoBackend _backend;
        private readonly byte[] _deviceId = new byte[ProtocolConstants.DeviceIdSize];
        private readonly byte[] _master = new byte[ProtocolConstants.MasterKeySize];
        private readonly SessionKeys _keys = new SessionKeys();
        private readonly SealedMessage _crypto;
        private readonly ReplayWindow _received = new ReplayWindow();
        private readonly CommandMessage _command = new CommandMessage();
        private readonly DeviceMessage _incoming = new DeviceMessage();

        /// <summary>Creates an owner session.</summary>
        /// <param name="backend">Crypto backend.</param>
        /// <param name="deviceId">8-byte device id.</param>
        /// <param name="keyId">Key id assigned at pairing.</param>
        /// <param name="masterKey">32-byte master key from pairing.</param>
        /// <param name="nextCounter">Next command counter (CounterStart after pairing).</param>
        public OwnerSession(ICryptoBackend backend, byte[] deviceId, byte keyId, byte[] masterKey, long nextCounter)
            : this(backend, deviceId, keyId, masterKey, nextCounter, null)
        {
        }

        private OwnerSession(ICryptoBackend backend, byte[] deviceId, byte keyId, byte[] masterKey, long nextCounter, GuestPass pass)
        {
            _backend = backend;
            _crypto = new SealedMessage(backend);
            System.Array.Copy(deviceId, _deviceId, _deviceId.Length);
            System.Array.Copy(masterKey, _master, _master.Length);
            _keys.Derive(backend, _master, _deviceId);
            KeyId = keyId;
            NextCounter = nextCounter < 1 ? 1 : nextCounter;
            if (pass != null)
            {
                _command.Type = MessageType.GuestCommand;
                byte[] body = new byte[ProtocolConstants.GuestPassSize];
                pass.Encode(body, 0);
                GuestPass.TryParse(body, 0, _command.Pass);
            }
            else
            {
                _command.Type = MessageType.Command;
            }

            System.Array.Copy(_deviceId, _command.DeviceId, _deviceId.Length);
            _command.KeyId = keyId;
        }

        /// <summary>Gets the key id in headers (for a guest: the issuing admin's).</summary>
        public byte KeyId { get; private set; }

        /// <summary>Gets the next command counter (persist it).</summary>
        public long NextCounter { get; private set; }

        /// <summary>Gets the highest device counter accepted (persist it; restore with <see cref="RestoreReceived"/>).</summary>
        public long ReceivedHighest
        {
            get { return _received.Highest; }
        }

        /// <summary>Gets the data length of the last opened message.</summary>
        public int DataLength { get; private set; }

        /// <summary>Creates a guest session from a pass and the guest master key its admin handed over.</summary>
        /// <param name="backend">Crypto backend.</param>
        /// <param name="deviceId">8-byte device id.</param>
        /// <param name="issuerKeyId">Issuing admin key id.</param>
        /// <param name="pass">The pass.</param>
        /// <param name="guestMaster">32-byte guest master key.</param>
        /// <param name="nextCounter">Next command counter.</param>
        /// <returns>The session.</returns>
        public static OwnerSession ForGuest(ICryptoBackend backend, byte[] deviceId, byte issuerKeyId, GuestPass pass, byte[] guestMaster, long nextCounter)
        {
            return new OwnerSession(backend, deviceId, issuerKeyId, guestMaster, nextCounter, pass);
        }

        /// <summary>Restores the device-counter floor saved from <see cref="ReceivedHighest"/>.</summary>
        /// <param name="highest">Saved value.</param>
        public void RestoreReceived(long highest)
        {
            _received.Reset(highest);
        }

        /// <summary>
        /// Raises <see cref="NextCounter"/> to <paramref name="counter"/> (never lowers it): another owner process sharing
        /// the saved counters may already have used the values in between.
        /// </summary>
        /// <param name="counter">The lowest counter the next command may use.</param>
        public void RaiseNextCounter(long counter)
        {
            if (counter > NextCounter && counter < ProtocolConstants.MaxCounter)
            {
                NextCounter = counter;
            }
        }

        /// <summary>Seals a command and advances <see cref="NextCounter"/>.</summary>
        /// <param name="deviceNonce">Buffer holding the device's current nonce.</param>
        /// <param name="nonceOffset">Offset of the nonce.</param>
        /// <param name="ownerUtcSeconds">Owner's UTC time in seconds (0 if unknown).</param>
        /// <param name="action">Action code.</param>
        /// <param name="args">Arguments (may be null when <paramref name="argsCount"/> is 0).</param>
        /// <param name="argsOffset">First argument byte.</param>
        /// <param name="argsCount">Argument length (0-64).</param>
        /// <param name="output">Destination of at least MaxCommandSize bytes.</param>
        /// <param name="outputOffset">First byte.</param>
        /// <returns>Message length, or 0 when the arguments are too long.</returns>
        public int SealCommand(byte[] deviceNonce, int nonceOffset, long ownerUtcSeconds, byte action, byte[] args, int argsOffset,
            int argsCount, byte[] output, int outputOffset)
        {
            if (argsCount < 0 || argsCount > ProtocolConstants.MaxArgumentSize)
            {
                return 0;
            }

            long counter = NextCounter;
            NextCounter = counter + 1;
            return SealAt(counter, deviceNonce, nonceOffset, ownerUtcSeconds, action, args, argsOffset, argsCount, output, outputOffset);
        }

        /// <summary>
        /// Seals a resend of a command already sealed with <paramref name="counter"/>: the same counter, owner time,
        /// action and arguments (so the same plaintext under the same CTR block: the keystream is never reused for
        /// other data) with the device's current nonce. The device runs a counter at most once, so a resend can
        /// never run twice; it only replaces a copy that was lost or dropped before the MAC. Does not advance
        /// <see cref="NextCounter"/>.
        /// </summary>
        /// <param name="counter">The counter of the original command.</param>
        /// <param name="deviceNonce">Buffer holding the device's current nonce.</param>
        /// <param name="nonceOffset">Offset of the nonce.</param>
        /// <param name="ownerUtcSeconds">The owner time of the original command.</param>
        /// <param name="action">The original action.</param>
        /// <param name="args">The original arguments (may be null when <paramref name="argsCount"/> is 0).</param>
        /// <param name="argsOffset">First argument byte.</param>
        /// <param name="argsCount">Argument length (0-64).</param>
        /// <param name="output">Destination of at least MaxCommandSize bytes.</param>
        /// <param name="outputOffset">First byte.</param>
        /// <returns>Message length, or 0 when the arguments are too long or the counter was never issued.</returns>
        public int ResealCommand(long counter, byte[] deviceNonce, int nonceOffset, long ownerUtcSeconds, byte action, byte[] args,
            int argsOffset, int argsCount, byte[] output, int outputOffset)
        {
            if (argsCount < 0 || argsCount > ProtocolConstants.MaxArgumentSize || counter <= 0 || counter >= NextCounter)
            {
                return 0;
            }

            return SealAt(counter, deviceNonce, nonceOffset, ownerUtcSeconds, action, args, argsOffset, argsCount, output, outputOffset);
        }

        private int SealAt(long counter, byte[] deviceNonce, int nonceOffset, long ownerUtcSeconds, byte action, byte[] args,
            int argsOffset, int argsCount, byte[] output, int outputOffset)
        {
            _command.Counter = counter;
            System.Array.Copy(deviceNonce, nonceOffset, _command.Nonce, 0, ProtocolConstants.NonceSize);
            int header = _command.EncodeHeader(output, outputOffset);
            int p = outputOffset + header;
            BigEndian.WriteInt64(output, p, ownerUtcSeconds);
            output[p + ProtocolConstants.OwnerTimeSize] = action;
            if (argsCount > 0)
            {
                System.Array.Copy(args, argsOffset, output, p + ProtocolConstants.MinCommandPlaintext, argsCount);
            }

            return _crypto.Seal(_keys.CommandEnc, _keys.CommandMac, ProtocolConstants.DirectionToDevice, counter, output, outputOffset,
                header, ProtocolConstants.MinCommandPlaintext + argsCount);
        }

        /// <summary>
        /// Opens a result or an event: checks device id, key id, device counter (replay), tag; decrypts into
        /// <paramref name="plaintext"/>. A CounterResync result moves <see cref="NextCounter"/> past the device's floor.
        /// </summary>
        /// <param name="input">Received bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length.</param>
        /// <param name="header">Receives the parsed header (Type tells result from event).</param>
        /// <param name="plaintext">Destination of at least ResultPrefixSize + MaxDeviceDataSize bytes.</param>
        /// <returns>Done or the reason the message was dropped.</returns>
        public ReasonCode Open(byte[] input, int offset, int count, DeviceMessage header, byte[] plaintext)
        {
            DataLength = 0;
            ReasonCode parsed = DeviceMessage.TryParse(input, offset, count, _incoming);
            if (parsed != ReasonCode.Done)
            {
                return parsed;
            }

            if (!ConstantTime.AreEqual(_incoming.DeviceId, 0, _deviceId, 0, ProtocolConstants.DeviceIdSize))
            {
                return ReasonCode.WrongDevice;
            }

            if (_incoming.KeyId != KeyId)
            {
                return ReasonCode.UnknownKey;
            }

            if (!_received.IsAcceptable(_incoming.Counter))
            {
                return ReasonCode.Replayed;
            }

            if (!_crypto.VerifyTag(_keys.DeviceMac, input, offset, ProtocolConstants.DeviceHeaderSize + _incoming.CiphertextLength))
            {
                return ReasonCode.BadTag;
            }

            _crypto.Decrypt(_keys.DeviceEnc, ProtocolConstants.DirectionToOwner, _incoming.Counter, input,
                offset + ProtocolConstants.DeviceHeaderSize, _incoming.CiphertextLength, plaintext, 0);
            _received.Accept(_incoming.Counter);
            DeviceMessage.TryParse(input, offset, count, header);
            int prefix = _incoming.Type == MessageType.Result ? ProtocolConstants.ResultPrefixSize : ProtocolConstants.EventPrefixSize;
            DataLength = _incoming.CiphertextLength - prefix;
            if (_incoming.Type == MessageType.Result && plaintext[ProtocolConstants.ResultOffsetReason] == (byte)ReasonCode.CounterResync
                && DataLength == ProtocolConstants.CounterSize)
            {
                long floor = BigEndian.ReadInt64(plaintext, ProtocolConstants.ResultPrefixSize);
                if (floor >= NextCounter && floor < ProtocolConstants.MaxCounter)
                {
                    NextCounter = floor + 1;
                }
            }

            return ReasonCode.Done;
        }

        /// <summary>Admin only (offline): derives the guest master key for a pass; hand the guest the pass and this key.</summary>
        /// <param name="pass">The pass (its epoch must be the device's current epoch).</param>
        /// <returns>32-byte guest master key.</returns>
        public byte[] IssuePass(GuestPass pass)
        {
            byte[] passKey = new byte[ProtocolConstants.MasterKeySize];
            byte[] body = new byte[ProtocolConstants.GuestPassSize];
            byte[] info = new byte[KeyDerivation.GuestInfoSize];
            byte[] guestMaster = new byte[ProtocolConstants.MasterKeySize];
            KeyDerivation.DeriveSubKey(_backend, _master, ProtocolConstants.LabelPassIssue, _deviceId, passKey, passKey.Length);
            pass.Encode(body, 0);
            KeyDerivation.DeriveGuestMaster(_backend, passKey, _deviceId, KeyId, body, 0, info, guestMaster);
            SecureBuffer.Clear(passKey);
            return guestMaster;
        }

        /// <summary>
        /// The master key the device will derive when this owner sends RotateKey with the public key of
        /// <paramref name="newPrivateKey"/>: use it for a new session once the Done result arrives.
        /// </summary>
        /// <param name="newPrivateKey">The owner's new X25519 private key.</param>
        /// <param name="devicePublicKey">The device public key pinned at pairing.</param>
        /// <returns>32-byte new master key, or null for an unusable device key.</returns>
        public byte[] RotatedMasterKey(byte[] newPrivateKey, byte[] devicePublicKey)
        {
            byte[] newPublic = new byte[ProtocolConstants.PublicKeySize];
            byte[] shared = new byte[ProtocolConstants.PublicKeySize];
            X25519.PublicKeyFromPrivate(newPrivateKey, newPublic);
            if (!X25519.SharedSecret(newPrivateKey, devicePublicKey, shared))
            {
                return null;
            }

            byte[] master = new byte[ProtocolConstants.MasterKeySize];
            KeyDerivation.DeriveMasterKey(_backend, _master, ProtocolConstants.LabelRotate, shared, _deviceId, devicePublicKey, newPublic, master);
            SecureBuffer.Clear(shared);
            return master;
        }

        /// <summary>Wipes the session's keys.</summary>
        public void Clear()
        {
            SecureBuffer.Clear(_master);
            _keys.Clear();
        }
    }
}
