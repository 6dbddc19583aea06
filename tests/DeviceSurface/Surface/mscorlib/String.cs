// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.
//
// Reference surface of nanoFramework.CoreLibrary 1.17.11 (mscorlib): declarations only, no logic.
// Only members that exist upstream (1.x) and that device code uses or plausibly will.
#pragma warning disable CS0626, CS0660, CS0661, CS1591, CS0108

namespace System
{
    public sealed class String : IComparable
    {
        public static readonly string Empty;
        public String(char[] value) { }
        public String(char[] value, int startIndex, int length) { }
        public String(char c, int count) { }
        public int Length => throw null;
        [System.Runtime.CompilerServices.IndexerName("Chars")]
        public char this[int index] => throw null;
        public static bool operator ==(string a, string b) => throw null;
        public static bool operator !=(string a, string b) => throw null;
        public override bool Equals(object obj) => throw null;
        public bool Equals(string value) => throw null;
        public static bool Equals(string a, string b) => throw null;
        public override int GetHashCode() => throw null;
        public override string ToString() => throw null;
        public int CompareTo(object value) => throw null;
        public int CompareTo(string strB) => throw null;
        public static int Compare(string strA, string strB) => throw null;
        public static string Concat(object arg0) => throw null;
        public static string Concat(object arg0, object arg1) => throw null;
        public static string Concat(object arg0, object arg1, object arg2) => throw null;
        public static string Concat(params object[] args) => throw null;
        public static string Concat(string str0, string str1) => throw null;
        public static string Concat(string str0, string str1, string str2) => throw null;
        public static string Concat(string str0, string str1, string str2, string str3) => throw null;
        public static string Concat(params string[] values) => throw null;
        public static string Format(string format, params object[] args) => throw null;
        public static bool IsNullOrEmpty(string value) => throw null;
        public bool Contains(string value) => throw null;
        public bool StartsWith(string value) => throw null;
        public bool EndsWith(string value) => throw null;
        public int IndexOf(char value) => throw null;
        public int IndexOf(char value, int startIndex) => throw null;
        public int IndexOf(char value, int startIndex, int count) => throw null;
        public int IndexOf(string value) => throw null;
        public int IndexOf(string value, int startIndex) => throw null;
        public int LastIndexOf(char value) => throw null;
        public int LastIndexOf(string value) => throw null;
        public string Substring(int startIndex) => throw null;
        public string Substring(int startIndex, int length) => throw null;
        public string[] Split(params char[] separator) => throw null;
        public string ToLower() => throw null;
        public string ToUpper() => throw null;
        public string Trim() => throw null;
        public string TrimStart(params char[] trimChars) => throw null;
        public string TrimEnd(params char[] trimChars) => throw null;
        public string PadLeft(int totalWidth, char paddingChar) => throw null;
        public string PadRight(int totalWidth, char paddingChar) => throw null;
        public char[] ToCharArray() => throw null;
    }
}
