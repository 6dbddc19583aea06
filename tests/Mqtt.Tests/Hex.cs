// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace Mqtt.Tests
{
    /// <summary>Hex strings with spaces ("10 02 00 0A") to bytes, for golden vectors.</summary>
    internal static class Hex
    {
        internal static byte[] Bytes(string hex)
        {
            return Convert.FromHexString(hex.Replace(" ", string.Empty));
        }
    }
}
