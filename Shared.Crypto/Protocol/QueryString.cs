// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Protocol
{
    /// <summary>Reads name=value pairs separated by '&amp;' (the okf:// URIs); no unescaping, no allocation beyond the two strings.</summary>
    internal static class QueryString
    {
        /// <summary>Reads the pair that starts at <paramref name="position"/> and moves past its '&amp;'.</summary>
        /// <param name="text">The whole text.</param>
        /// <param name="position">First character of the pair; on success, the first character of the next pair.</param>
        /// <param name="name">The name (possibly empty).</param>
        /// <param name="value">The value (possibly empty).</param>
        /// <returns>False when there is no pair at <paramref name="position"/> or it has no '='; never throws.</returns>
        internal static bool TryReadPair(string text, ref int position, out string name, out string value)
        {
            name = null;
            value = null;
            if (text == null || position < 0 || position >= text.Length)
            {
                return false;
            }

            int end = text.IndexOf('&', position);
            if (end < 0)
            {
                end = text.Length;
            }

            // The '=' must belong to this pair, not to a later one.
            int eq = text.IndexOf('=', position);
            if (eq < 0 || eq > end)
            {
                return false;
            }

            name = text.Substring(position, eq - position);
            value = text.Substring(eq + 1, end - eq - 1);
            position = end + 1;
            return true;
        }
    }
}
