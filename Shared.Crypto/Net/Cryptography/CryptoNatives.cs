// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace nanoFramework.HostEmulation.Cryptography
{
    /// <summary>
    /// Switches the emulated crypto natives (HMACSHA256, Aes) off for the calling thread, as on the nanoCLR
    /// virtual device, which has no crypto natives: every call then throws where the device would. Per thread,
    /// so a test that simulates missing natives never disturbs tests running in parallel.
    /// </summary>
    public static class CryptoNatives
    {
        [ThreadStatic]
        private static bool _missing;

        /// <summary>Gets or sets a value indicating whether the natives are absent on this thread.</summary>
        public static bool Missing
        {
            get { return _missing; }
            set { _missing = value; }
        }

        /// <summary>Throws as a missing native method does.</summary>
        /// <param name="what">The native's name, for the message.</param>
        /// <exception cref="NotImplementedException">The natives are switched off.</exception>
        internal static void ThrowIfMissing(string what)
        {
            if (_missing)
            {
                throw new NotImplementedException(what + ": no crypto natives in this firmware");
            }
        }
    }
}
