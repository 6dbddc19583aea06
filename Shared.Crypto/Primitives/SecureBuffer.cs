// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// Wipes secrets (keys, intermediate hashes, key streams) as soon as they are no longer needed, so a heap
    /// dump or a reused buffer never reveals them.
    /// </summary>
    public static class SecureBuffer
    {
        /// <summary>
        /// Sets every byte of <paramref name="buffer"/> to zero; a null buffer is ignored.
        /// </summary>
        /// <param name="buffer">The buffer to wipe.</param>
        public static void Clear(byte[] buffer)
        {
            if (buffer != null)
            {
                Array.Clear(buffer, 0, buffer.Length);
            }
        }

        /// <summary>
        /// Sets <paramref name="count"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/> to zero.
        /// </summary>
        /// <param name="buffer">The buffer to wipe.</param>
        /// <param name="offset">The first byte to wipe.</param>
        /// <param name="count">How many bytes to wipe.</param>
        public static void Clear(byte[] buffer, int offset, int count)
        {
            Guard.Range(buffer, offset, count, "buffer");
            Array.Clear(buffer, offset, count);
        }
    }
}
