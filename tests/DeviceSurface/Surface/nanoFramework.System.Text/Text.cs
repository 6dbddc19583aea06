// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.
//
// Reference surface (declarations only) of the nanoFramework package named by this folder.
#pragma warning disable CS0626, CS0660, CS0661, CS1591, CS0108, CS0067

namespace System.Text
{
    [Serializable]
    public abstract class Encoding
    {
        protected Encoding() { }
        public static Encoding UTF8 => throw null;
        public virtual byte[] GetBytes(string s) => throw null;
        public virtual int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex) => throw null;
        public virtual char[] GetChars(byte[] bytes) => throw null;
        public virtual char[] GetChars(byte[] bytes, int byteIndex, int byteCount) => throw null;
        public virtual string GetString(byte[] bytes, int index, int count) => throw null;
    }

    public class UTF8Encoding : Encoding
    {
        public UTF8Encoding() { }
    }

    public sealed class StringBuilder
    {
        public StringBuilder() { }
        public StringBuilder(int capacity) { }
        public StringBuilder(string value) { }
        public int Length { get => throw null; set => throw null; }
        public int Capacity { get => throw null; set => throw null; }
        public char this[int index] { get => throw null; set => throw null; }
        public StringBuilder Append(string value) => throw null;
        public StringBuilder Append(char value) => throw null;
        public StringBuilder Append(char value, int repeatCount) => throw null;
        public StringBuilder Append(int value) => throw null;
        public StringBuilder Append(uint value) => throw null;
        public StringBuilder Append(long value) => throw null;
        public StringBuilder Append(bool value) => throw null;
        public StringBuilder Append(object value) => throw null;
        public StringBuilder AppendLine() => throw null;
        public StringBuilder AppendLine(string str) => throw null;
        public StringBuilder Clear() => throw null;
        public StringBuilder Insert(int index, string value, int count) => throw null;
        public StringBuilder Insert(int index, char[] value, int startIndex, int charCount) => throw null;
        public StringBuilder Remove(int startIndex, int length) => throw null;
        public StringBuilder Replace(string oldValue, string newValue) => throw null;
        public override string ToString() => throw null;
        public string ToString(int startIndex, int length) => throw null;
    }
}
