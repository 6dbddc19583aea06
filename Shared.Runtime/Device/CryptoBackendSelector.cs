// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Primitives;
using Shared.Runtime.Platform;

namespace Shared.Runtime.Device
{
    /// <summary>
    /// Picks the crypto backend once at boot. The ESP32 firmware has native HMACSHA256 and Aes (mbedTLS); the
    /// nanoCLR virtual device and some boards do not, and there every native call throws. A known-answer probe
    /// through the native backend, compared with the managed backend, decides: a missing or wrong native falls
    /// back to the managed code instead of failing every command later.
    /// </summary>
    public static class CryptoBackendSelector
    {
        /// <summary>Chooses the native backend if it works, else the managed one, and logs which.</summary>
        /// <param name="native">Creates the native backend (called inside the probe, so a missing type is caught too).</param>
        /// <param name="log">Where the choice is reported.</param>
        /// <returns>A working backend; never null.</returns>
        public static ICryptoBackend Select(CryptoBackendFactory native, ILog log)
        {
            ManagedCryptoBackend managed = new ManagedCryptoBackend();
            string reason;
            try
            {
                ICryptoBackend candidate = native == null ? null : native();
                if (candidate == null)
                {
                    reason = "no native backend";
                }
                else if (AgreesWith(candidate, managed))
                {
                    Write(log, "crypto: native HMACSHA256 and Aes passed the known-answer probe; using them");
                    return candidate;
                }
                else
                {
                    reason = "the native backend gave a wrong known answer";
                }
            }
            catch (Exception e)
            {
                // Whatever the firmware throws for a missing native (NotImplementedException on nanoCLR) lands here.
                reason = "native crypto unavailable (" + e.GetType().Name + ")";
            }

            Write(log, "crypto: " + reason + "; using the managed backend (slower, same results)");
            return managed;
        }

        /// <summary>Creates the native backend; a method of its own so a missing native type fails inside the probe.</summary>
        /// <returns>The native backend.</returns>
        public static ICryptoBackend CreateNative()
        {
            return new NativeCryptoBackend();
        }

        private static bool AgreesWith(ICryptoBackend candidate, ICryptoBackend reference)
        {
            // Fixed, non-secret probe inputs: one HMAC over a message longer than a block and one AES block.
            byte[] key = new byte[Aes128.KeySize];
            byte[] message = new byte[80];
            for (int i = 0; i < message.Length; i++)
            {
                message[i] = (byte)(i * 7);
                if (i < key.Length)
                {
                    key[i] = (byte)(0xA5 ^ i);
                }
            }

            byte[] expected = new byte[Sha256.HashSize];
            byte[] actual = new byte[Sha256.HashSize];
            reference.HmacSha256(key, message, 3, 70, expected, 0);
            candidate.HmacSha256(key, message, 3, 70, actual, 0);
            if (!Same(expected, actual, Sha256.HashSize))
            {
                return false;
            }

            reference.EncryptBlock(key, message, 5, expected, 0);
            candidate.EncryptBlock(key, message, 5, actual, 0);
            return Same(expected, actual, Aes128.BlockSize);
        }

        private static bool Same(byte[] a, byte[] b, int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static void Write(ILog log, string line)
        {
            if (log != null)
            {
                log.WriteLine(line);
            }
        }
    }
}
