// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace OwnerTool.Core
{
    /// <summary>Lowercase hex for the key file, topics and messages.</summary>
    public static class Hex
    {
        /// <summary>Encodes bytes as lowercase hex.</summary>
        /// <param name="bytes">Bytes.</param>
        /// <returns>Hex text.</returns>
        public static string Encode(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

        /// <summary>Decodes hex of an exact length.</summary>
        /// <param name="text">Hex text.</param>
        /// <param name="size">Expected byte count.</param>
        /// <returns>The bytes, or null when malformed.</returns>
        public static byte[] TryDecode(string text, int size)
        {
            if (text == null || text.Length != size * 2)
            {
                return null;
            }

            try
            {
                return Convert.FromHexString(text);
            }
            catch (FormatException)
            {
                return null;
            }
        }

        /// <summary>Tells whether text is a 32-byte key in hex.</summary>
        /// <param name="text">Text.</param>
        /// <returns>True when well formed.</returns>
        public static bool IsKey(string text) => TryDecode(text, 32) != null;
    }
}
