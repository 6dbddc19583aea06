// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// An expanded AES-128 encryption key (FIPS-197): expand once, encrypt many blocks without allocating.
    /// Managed table-based AES is not constant-time on CPUs with data caches; it serves the emulator and boards
    /// without crypto natives, while the ESP32 firmware uses the native backend. Call <see cref="Clear"/> when done.
    /// </summary>
    public sealed class Aes128Key
    {
        private const int Rounds = 10;

        private readonly uint[] _roundKeys = new uint[4 * (Rounds + 1)];

        /// <summary>
        /// Expands <paramref name="key"/> (16 bytes).
        /// </summary>
        /// <param name="key">The AES-128 key.</param>
        public Aes128Key(byte[] key)
        {
            SetKey(key, 0);
        }

        /// <summary>
        /// Replaces the key with the 16 bytes of <paramref name="key"/> at <paramref name="offset"/>.
        /// </summary>
        /// <param name="key">The buffer holding the key.</param>
        /// <param name="offset">Where the key starts.</param>
        public void SetKey(byte[] key, int offset)
        {
            Guard.Range(key, offset, Aes128.KeySize, "key");
            uint[] w = _roundKeys;
            for (int i = 0; i < 4; i++)
            {
                w[i] = ReadWord(key, offset + (4 * i));
            }

            // FIPS-197 section 5.2: Rcon doubles in GF(2^8) each round.
            uint rcon = 1;
            for (int i = 4; i < w.Length; i++)
            {
                uint temp = w[i - 1];
                if ((i & 3) == 0)
                {
                    temp = SubWord((temp << 8) | (temp >> 24)) ^ (rcon << 24);
                    rcon = AesTables.Double(rcon);
                }

                w[i] = w[i - 4] ^ temp;
            }
        }

        /// <summary>
        /// Encrypts one 16-byte block; <paramref name="output"/> may be the same buffer as <paramref name="input"/>.
        /// </summary>
        /// <param name="input">The buffer holding the plaintext block.</param>
        /// <param name="inputOffset">Where the block starts.</param>
        /// <param name="output">Receives the ciphertext block.</param>
        /// <param name="outputOffset">Where the block starts.</param>
        public void EncryptBlock(byte[] input, int inputOffset, byte[] output, int outputOffset)
        {
            Guard.Range(input, inputOffset, Aes128.BlockSize, "input");
            Guard.Range(output, outputOffset, Aes128.BlockSize, "output");
            uint[] rk = _roundKeys;
            uint[] t = AesTables.Mix;
            uint s0 = ReadWord(input, inputOffset) ^ rk[0];
            uint s1 = ReadWord(input, inputOffset + 4) ^ rk[1];
            uint s2 = ReadWord(input, inputOffset + 8) ^ rk[2];
            uint s3 = ReadWord(input, inputOffset + 12) ^ rk[3];

            // Rounds 1-9: SubBytes, ShiftRows (row r reads column c + r) and MixColumns through one table; rows
            // 1-3 rotate its entry right by 8, 16, 24 bits (inline: calls cost much more than shifts in nanoCLR).
            for (int round = 1; round < Rounds; round++)
            {
                int k = 4 * round;
                uint b0 = t[(int)((s1 >> 16) & 0xff)];
                uint c0 = t[(int)((s2 >> 8) & 0xff)];
                uint d0 = t[(int)(s3 & 0xff)];
                uint n0 = t[(int)(s0 >> 24)] ^ ((b0 >> 8) | (b0 << 24)) ^ ((c0 >> 16) | (c0 << 16))
                    ^ ((d0 >> 24) | (d0 << 8)) ^ rk[k];
                uint b1 = t[(int)((s2 >> 16) & 0xff)];
                uint c1 = t[(int)((s3 >> 8) & 0xff)];
                uint d1 = t[(int)(s0 & 0xff)];
                uint n1 = t[(int)(s1 >> 24)] ^ ((b1 >> 8) | (b1 << 24)) ^ ((c1 >> 16) | (c1 << 16))
                    ^ ((d1 >> 24) | (d1 << 8)) ^ rk[k + 1];
                uint b2 = t[(int)((s3 >> 16) & 0xff)];
                uint c2 = t[(int)((s0 >> 8) & 0xff)];
                uint d2 = t[(int)(s1 & 0xff)];
                uint n2 = t[(int)(s2 >> 24)] ^ ((b2 >> 8) | (b2 << 24)) ^ ((c2 >> 16) | (c2 << 16))
                    ^ ((d2 >> 24) | (d2 << 8)) ^ rk[k + 2];
                uint b3 = t[(int)((s0 >> 16) & 0xff)];
                uint c3 = t[(int)((s1 >> 8) & 0xff)];
                uint d3 = t[(int)(s2 & 0xff)];
                uint n3 = t[(int)(s3 >> 24)] ^ ((b3 >> 8) | (b3 << 24)) ^ ((c3 >> 16) | (c3 << 16))
                    ^ ((d3 >> 24) | (d3 << 8)) ^ rk[k + 3];
                s0 = n0;
                s1 = n1;
                s2 = n2;
                s3 = n3;
            }

            // Final round: no MixColumns.
            int last = 4 * Rounds;
            uint o0 = FinalWord(s0, s1, s2, s3) ^ rk[last];
            uint o1 = FinalWord(s1, s2, s3, s0) ^ rk[last + 1];
            uint o2 = FinalWord(s2, s3, s0, s1) ^ rk[last + 2];
            uint o3 = FinalWord(s3, s0, s1, s2) ^ rk[last + 3];
            WriteWord(o0, output, outputOffset);
            WriteWord(o1, output, outputOffset + 4);
            WriteWord(o2, output, outputOffset + 8);
            WriteWord(o3, output, outputOffset + 12);
        }

        /// <summary>
        /// Wipes the round keys; the instance must be given a new key before further use.
        /// </summary>
        public void Clear()
        {
            Array.Clear(_roundKeys, 0, _roundKeys.Length);
        }

        private static uint FinalWord(uint a, uint b, uint c, uint d)
        {
            byte[] s = AesTables.SBox;
            return ((uint)s[(int)(a >> 24)] << 24) | ((uint)s[(int)((b >> 16) & 0xff)] << 16)
                | ((uint)s[(int)((c >> 8) & 0xff)] << 8) | s[(int)(d & 0xff)];
        }

        private static uint SubWord(uint word)
        {
            return FinalWord(word, word, word, word);
        }


        private static uint ReadWord(byte[] buffer, int offset)
        {
            return ((uint)buffer[offset] << 24) | ((uint)buffer[offset + 1] << 16)
                | ((uint)buffer[offset + 2] << 8) | buffer[offset + 3];
        }

        private static void WriteWord(uint word, byte[] buffer, int offset)
        {
            buffer[offset] = (byte)(word >> 24);
            buffer[offset + 1] = (byte)(word >> 16);
            buffer[offset + 2] = (byte)(word >> 8);
            buffer[offset + 3] = (byte)word;
        }
    }
}
