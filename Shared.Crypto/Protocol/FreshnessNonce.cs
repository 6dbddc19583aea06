// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Primitives;

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// The device-issued freshness nonce. A fresh random value replaces the current one every
    /// <see cref="ProtocolConstants.NonceRotationMs"/>; commands must echo the current or the previous value,
    /// so a command withheld by the broker dies within two rotation periods (60 s) without trusting any clock
    /// but the device's monotonic one. A reboot starts from a new random value.
    /// </summary>
    public sealed class FreshnessNonce
    {
        private readonly IRandomSource _random;
        private readonly byte[] _current = new byte[ProtocolConstants.NonceSize];
        private readonly byte[] _previous = new byte[ProtocolConstants.NonceSize];
        private bool _hasPrevious;
        private long _rotatedAt;

        /// <summary>Creates the first nonce of this boot.</summary>
        /// <param name="random">The hardware RNG.</param>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        public FreshnessNonce(IRandomSource random, long nowMs)
        {
            _random = random;
            _random.NextBytes(_current);
            _rotatedAt = nowMs;
        }

        /// <summary>Gets how many times the nonce rotated since boot: publish again whenever it changes.</summary>
        public int Generation { get; private set; }

        /// <summary>Rotates as many times as elapsed time requires; call before every check and periodically.</summary>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <returns>True if the current nonce changed (publish the new one, retained).</returns>
        public bool Update(long nowMs)
        {
            long elapsed = nowMs - _rotatedAt;
            if (elapsed < ProtocolConstants.NonceRotationMs)
            {
                return false;
            }

            if (elapsed >= 2 * ProtocolConstants.NonceRotationMs)
            {
                // Two periods passed without an update: the old current value is too old to stay valid.
                _hasPrevious = false;
            }
            else
            {
                for (int i = 0; i < _current.Length; i++)
                {
                    _previous[i] = _current[i];
                }

                _hasPrevious = true;
            }

            _random.NextBytes(_current);
            _rotatedAt = nowMs;
            Generation++;
            return true;
        }

        /// <summary>Tells whether the echoed nonce is the current or the previous one.</summary>
        /// <param name="buffer">Message bytes.</param>
        /// <param name="offset">Offset of the echoed nonce.</param>
        /// <returns>True if fresh.</returns>
        public bool IsFresh(byte[] buffer, int offset)
        {
            return Same(_current, buffer, offset) || (_hasPrevious && Same(_previous, buffer, offset));
        }

        /// <summary>Copies the current nonce out (for the retained nonce announcement and pairing).</summary>
        /// <param name="output">Destination.</param>
        /// <param name="offset">First byte.</param>
        public void CopyCurrent(byte[] output, int offset)
        {
            for (int i = 0; i < _current.Length; i++)
            {
                output[offset + i] = _current[i];
            }
        }

        private static bool Same(byte[] nonce, byte[] buffer, int offset)
        {
            // The nonce is public (it is published in the clear), so a plain comparison leaks nothing.
            for (int i = 0; i < nonce.Length; i++)
            {
                if (nonce[i] != buffer[offset + i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
