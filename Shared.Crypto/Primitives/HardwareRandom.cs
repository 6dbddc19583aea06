// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// Random bytes from <see cref="Random"/>, which on the ESP32 is the hardware generator (esp_random; any
    /// seed is ignored). It is only truly random while the radio runs, so create keys after Wi-Fi is up.
    /// On the PC (virtual devices) this is .NET's non-cryptographic Random: good enough for a test rig only.
    /// </summary>
    public sealed class HardwareRandom : IRandomSource
    {
        private readonly Random _random = new Random();
        private readonly object _lock = new object();

        /// <inheritdoc />
        public void NextBytes(byte[] buffer)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            // Random is not thread-safe; key generation and nonce rotation may run on different threads.
            lock (_lock)
            {
                _random.NextBytes(buffer);
            }
        }
    }
}
