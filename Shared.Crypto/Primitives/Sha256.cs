// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// Managed SHA-256 (FIPS 180-4) for the emulator and boards without crypto natives. An instance owns all
    /// its buffers (about 400 bytes), so hashing with a reused instance allocates nothing.
    /// </summary>
    public sealed class Sha256
    {
        /// <summary>The digest length in bytes.</summary>
        public const int HashSize = 32;

        /// <summary>The compression function's block length in bytes.</summary>
        public const int BlockSize = 64;

        // FIPS 180-4 section 4.2.2: first 32 bits of the fractional parts of the cube roots of the first 64 primes.
        private static readonly uint[] RoundConstants = new uint[]
        {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        };

        private readonly uint[] _state = new uint[8];
        private readonly uint[] _schedule = new uint[64];
        private readonly byte[] _block = new byte[BlockSize];
        private int _blockLength;
        private long _totalLength;

        /// <summary>
        /// Creates a hasher ready for <see cref="Append"/>.
        /// </summary>
        public Sha256()
        {
            Reset();
        }

        /// <summary>
        /// Starts a new message and wipes everything left from the previous one.
        /// </summary>
        public void Reset()
        {
            // FIPS 180-4 section 5.3.3: initial hash value.
            _state[0] = 0x6a09e667;
            _state[1] = 0xbb67ae85;
            _state[2] = 0x3c6ef372;
            _state[3] = 0xa54ff53a;
            _state[4] = 0x510e527f;
            _state[5] = 0x9b05688c;
            _state[6] = 0x1f83d9ab;
            _state[7] = 0x5be0cd19;
            Array.Clear(_block, 0, BlockSize);
            Array.Clear(_schedule, 0, _schedule.Length);
            _blockLength = 0;
            _totalLength = 0;
        }

        /// <summary>
        /// Feeds <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.
        /// </summary>
        /// <param name="data">The buffer holding the bytes.</param>
        /// <param name="offset">The first byte.</param>
        /// <param name="count">How many bytes (may be 0).</param>
        public void Append(byte[] data, int offset, int count)
        {
            Guard.Range(data, offset, count, "data");
            _totalLength += count;
            if (_blockLength > 0)
            {
                int take = BlockSize - _blockLength;
                if (take > count)
                {
                    take = count;
                }

                Array.Copy(data, offset, _block, _blockLength, take);
                _blockLength += take;
                offset += take;
                count -= take;
                if (_blockLength < BlockSize)
                {
                    return;
                }

                Compress(_block, 0);
                _blockLength = 0;
            }

            // Whole blocks straight from the caller's buffer: no copy.
            while (count >= BlockSize)
            {
                Compress(data, offset);
                offset += BlockSize;
                count -= BlockSize;
            }

            if (count > 0)
            {
                Array.Copy(data, offset, _block, 0, count);
                _blockLength = count;
            }
        }

        /// <summary>
        /// Pads the message, writes the 32-byte digest and resets the instance for the next message.
        /// </summary>
        /// <param name="output">Receives the digest.</param>
        /// <param name="outputOffset">Where the digest starts.</param>
        public void Finish(byte[] output, int outputOffset)
        {
            Guard.Range(output, outputOffset, HashSize, "output");
            long bitLength = _totalLength * 8;

            // FIPS 180-4 section 5.1.1: a 1 bit, zeros, then the 64-bit big-endian message length.
            _block[_blockLength++] = 0x80;
            if (_blockLength > BlockSize - 8)
            {
                Array.Clear(_block, _blockLength, BlockSize - _blockLength);
                Compress(_block, 0);
                _blockLength = 0;
            }

            Array.Clear(_block, _blockLength, BlockSize - 8 - _blockLength);
            for (int i = 0; i < 8; i++)
            {
                _block[BlockSize - 1 - i] = (byte)(bitLength >> (8 * i));
            }

            Compress(_block, 0);
            for (int i = 0; i < 8; i++)
            {
                uint word = _state[i];
                int at = outputOffset + (4 * i);
                output[at] = (byte)(word >> 24);
                output[at + 1] = (byte)(word >> 16);
                output[at + 2] = (byte)(word >> 8);
                output[at + 3] = (byte)word;
            }

            Reset();
        }

        /// <summary>
        /// Hashes one byte range in a single call. Allocates a temporary hasher; reuse an instance on hot paths.
        /// </summary>
        /// <param name="data">The buffer holding the message.</param>
        /// <param name="offset">The first byte.</param>
        /// <param name="count">The message length.</param>
        /// <param name="output">Receives the 32-byte digest.</param>
        /// <param name="outputOffset">Where the digest starts.</param>
        public static void Hash(byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            Sha256 hasher = new Sha256();
            hasher.Append(data, offset, count);
            hasher.Finish(output, outputOffset);
        }

        /// <summary>
        /// Copies the chaining value after a whole number of blocks (HMAC caches its keyed pad blocks this way).
        /// </summary>
        internal void ExportState(uint[] state8)
        {
            if (_blockLength != 0)
            {
                throw new InvalidOperationException();
            }

            Array.Copy(_state, 0, state8, 0, 8);
        }

        /// <summary>
        /// Resumes from a chaining value exported after <paramref name="length"/> bytes (a multiple of 64).
        /// </summary>
        internal void ImportState(uint[] state8, long length)
        {
            Reset();
            Array.Copy(state8, 0, _state, 0, 8);
            _totalLength = length;
        }

        private void Compress(byte[] data, int offset)
        {
            uint[] w = _schedule;
            for (int i = 0; i < 16; i++)
            {
                int at = offset + (4 * i);
                w[i] = ((uint)data[at] << 24) | ((uint)data[at + 1] << 16) | ((uint)data[at + 2] << 8) | data[at + 3];
            }

            for (int i = 16; i < 64; i++)
            {
                uint x = w[i - 15];
                uint y = w[i - 2];
                uint sigma0 = ((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3);
                uint sigma1 = ((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10);
                w[i] = unchecked(sigma1 + w[i - 7] + sigma0 + w[i - 16]);
            }

            uint a = _state[0];
            uint b = _state[1];
            uint c = _state[2];
            uint d = _state[3];
            uint e = _state[4];
            uint f = _state[5];
            uint g = _state[6];
            uint h = _state[7];
            for (int i = 0; i < 64; i++)
            {
                uint bigSigma1 = ((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7));
                uint choose = (e & f) ^ (~e & g);
                uint t1 = unchecked(h + bigSigma1 + choose + RoundConstants[i] + w[i]);
                uint bigSigma0 = ((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10));
                uint majority = (a & b) ^ (a & c) ^ (b & c);
                uint t2 = unchecked(bigSigma0 + majority);
                h = g;
                g = f;
                f = e;
                e = unchecked(d + t1);
                d = c;
                c = b;
                b = a;
                a = unchecked(t1 + t2);
            }

            unchecked
            {
                _state[0] += a;
                _state[1] += b;
                _state[2] += c;
                _state[3] += d;
                _state[4] += e;
                _state[5] += f;
                _state[6] += g;
                _state[7] += h;
            }
        }
    }
}
