// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Primitives;

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// Encrypt-then-MAC shared by every sealed message: AES-128-CTR, then HMAC-SHA256 over header || ciphertext,
    /// truncated to 16 bytes. The CTR initial block is direction 1 | zero 3 | message counter 8 | zero 4: the key
    /// is per direction and the counter is unique per key, so no counter block ever repeats under a key.
    /// Callers pass scratch buffers so sealing and opening allocate nothing.
    /// </summary>
    public sealed class SealedMessage
    {
        private readonly ICryptoBackend _backend;
        private readonly byte[] _counterBlock = new byte[ProtocolConstants.BlockSize];
        private readonly byte[] _mac = new byte[ProtocolConstants.HmacSize];

        /// <summary>Creates a sealer/opener with its own scratch buffers (one per thread of use).</summary>
        /// <param name="backend">Crypto backend.</param>
        public SealedMessage(ICryptoBackend backend)
        {
            _backend = backend;
        }

        /// <summary>Writes the CTR initial counter block.</summary>
        /// <param name="direction">DirectionToDevice or DirectionToOwner.</param>
        /// <param name="counter">Message counter.</param>
        /// <param name="block">16-byte output.</param>
        public static void BuildCounterBlock(byte direction, long counter, byte[] block)
        {
            for (int i = 0; i < block.Length; i++)
            {
                block[i] = 0;
            }

            block[0] = direction;
            BigEndian.WriteInt64(block, ProtocolConstants.CounterBlockOffsetCounter, counter);
        }

        /// <summary>
        /// Seals in place: <paramref name="buffer"/> holds the header then the plaintext; the plaintext is encrypted
        /// in place and the tag appended.
        /// </summary>
        /// <param name="encKey">AES-128 key of this direction.</param>
        /// <param name="macKey">HMAC key of this direction.</param>
        /// <param name="direction">Direction byte.</param>
        /// <param name="counter">Message counter (also in the header).</param>
        /// <param name="buffer">Header || plaintext, with room for the tag.</param>
        /// <param name="offset">First header byte.</param>
        /// <param name="headerLength">Header length.</param>
        /// <param name="plaintextLength">Plaintext length.</param>
        /// <returns>Total message length.</returns>
        public int Seal(byte[] encKey, byte[] macKey, byte direction, long counter, byte[] buffer, int offset, int headerLength, int plaintextLength)
        {
            int bodyOffset = offset + headerLength;
            BuildCounterBlock(direction, counter, _counterBlock);
            if (plaintextLength > 0)
            {
                AesCtr.Transform(_backend, encKey, _counterBlock, buffer, bodyOffset, plaintextLength, buffer, bodyOffset);
            }

            int macLength = headerLength + plaintextLength;
            _backend.HmacSha256(macKey, buffer, offset, macLength, _mac, 0);
            System.Array.Copy(_mac, 0, buffer, offset + macLength, ProtocolConstants.TagSize);
            SecureBuffer.Clear(_mac);
            return macLength + ProtocolConstants.TagSize;
        }

        /// <summary>Checks the tag over header || ciphertext in constant time.</summary>
        /// <param name="macKey">HMAC key of this direction.</param>
        /// <param name="buffer">Message.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="authenticatedLength">Header + ciphertext length (the tag follows).</param>
        /// <returns>True if the tag is right.</returns>
        public bool VerifyTag(byte[] macKey, byte[] buffer, int offset, int authenticatedLength)
        {
            _backend.HmacSha256(macKey, buffer, offset, authenticatedLength, _mac, 0);
            bool ok = ConstantTime.AreEqual(_mac, 0, buffer, offset + authenticatedLength, ProtocolConstants.TagSize);
            SecureBuffer.Clear(_mac);
            return ok;
        }

        /// <summary>Decrypts a ciphertext into <paramref name="output"/> (CTR: same operation as encryption).</summary>
        /// <param name="encKey">AES-128 key of this direction.</param>
        /// <param name="direction">Direction byte.</param>
        /// <param name="counter">Message counter.</param>
        /// <param name="input">Ciphertext buffer.</param>
        /// <param name="inputOffset">First ciphertext byte.</param>
        /// <param name="count">Ciphertext length.</param>
        /// <param name="output">Plaintext destination.</param>
        /// <param name="outputOffset">First plaintext byte.</param>
        public void Decrypt(byte[] encKey, byte direction, long counter, byte[] input, int inputOffset, int count, byte[] output, int outputOffset)
        {
            BuildCounterBlock(direction, counter, _counterBlock);
            if (count > 0)
            {
                AesCtr.Transform(_backend, encKey, _counterBlock, input, inputOffset, count, output, outputOffset);
            }
        }
    }
}
