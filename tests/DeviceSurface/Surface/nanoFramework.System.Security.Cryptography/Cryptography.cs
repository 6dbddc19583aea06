// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.
//
// Reference surface (declarations only) of the nanoFramework package named by this folder.
#pragma warning disable CS0626, CS0660, CS0661, CS1591, CS0108, CS0067

namespace System.Security.Cryptography
{
    public enum CipherMode
    {
        None = 0, CBC = 1, ECB = 2,
    }

    public class Aes
    {
        public Aes(CipherMode mode) { }
        public CipherMode Mode { get => throw null; set => throw null; }
        public byte[] Key { get => throw null; set => throw null; }
        public byte[] IV { get => throw null; set => throw null; }
        public byte[] Encrypt(byte[] data) => throw null;
        public byte[] Decrypt(byte[] data) => throw null;
    }

    public class HMACSHA256 : IDisposable
    {
        public HMACSHA256(byte[] key) { }
        public byte[] Key { get => throw null; set => throw null; }
        public byte[] Hash => throw null;
        public byte[] ComputeHash(byte[] buffer) => throw null;
        public static byte[] HashData(byte[] key, byte[] source) => throw null;
        public void Dispose() => throw null;
        protected void Dispose(bool disposing) => throw null;
    }
}
