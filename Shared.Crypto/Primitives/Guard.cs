// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Shared.Crypto.Primitives
{
    /// <summary>
    /// Argument checks shared by the primitives: a bad offset or count is a caller bug and fails loudly
    /// before any byte is read or written.
    /// </summary>
    internal static class Guard
    {
        internal static void Range(byte[] buffer, int offset, int count, string name)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(name);
            }

            // Written so that offset + count cannot overflow.
            if (offset < 0 || count < 0 || offset > buffer.Length || count > buffer.Length - offset)
            {
                throw new ArgumentOutOfRangeException(name);
            }
        }

        internal static void Length(byte[] buffer, int length, string name)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(name);
            }

            if (buffer.Length != length)
            {
                throw new ArgumentException(name);
            }
        }

        internal static void NotNull(object value, string name)
        {
            if (value == null)
            {
                throw new ArgumentNullException(name);
            }
        }
    }
}
