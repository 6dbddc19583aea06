// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.
//
// Reference surface of nanoFramework.CoreLibrary 1.17.11 (mscorlib): declarations only, no logic.
#pragma warning disable CS0626, CS0660, CS0661, CS1591, CS0108

namespace System
{
    public static class BitConverter
    {
        public static readonly bool IsLittleEndian;
        public static byte[] GetBytes(bool value) => throw null;
        public static byte[] GetBytes(char value) => throw null;
        public static byte[] GetBytes(short value) => throw null;
        public static byte[] GetBytes(int value) => throw null;
        public static byte[] GetBytes(long value) => throw null;
        public static byte[] GetBytes(ushort value) => throw null;
        public static byte[] GetBytes(uint value) => throw null;
        public static byte[] GetBytes(ulong value) => throw null;
        public static short ToInt16(byte[] value, int startIndex) => throw null;
        public static int ToInt32(byte[] value, int startIndex) => throw null;
        public static long ToInt64(byte[] value, int startIndex) => throw null;
        public static ushort ToUInt16(byte[] value, int startIndex) => throw null;
        public static uint ToUInt32(byte[] value, int startIndex) => throw null;
        public static ulong ToUInt64(byte[] value, int startIndex) => throw null;
        public static string ToString(byte[] value) => throw null;
        public static string ToString(byte[] value, int startIndex) => throw null;
        public static string ToString(byte[] value, int startIndex, int length) => throw null;
    }

    public static class Convert
    {
        public static string ToBase64String(byte[] inArray) => throw null;
        public static string ToBase64String(byte[] inArray, int offset, int length) => throw null;
        public static byte[] FromBase64String(string s) => throw null;
        public static int ToInt32(string value) => throw null;
        public static uint ToUInt32(string value) => throw null;
        public static long ToInt64(string value) => throw null;
        public static byte ToByte(string value) => throw null;
    }

    public static class Math
    {
        public const double PI = 3.14159265358979323846;
        public const double E = 2.7182818284590452354;
        public static int Abs(int value) => throw null;
        public static double Abs(double value) => throw null;
        public static int Max(int val1, int val2) => throw null;
        public static int Min(int val1, int val2) => throw null;
        public static double Max(double val1, double val2) => throw null;
        public static double Min(double val1, double val2) => throw null;
        public static double Floor(double d) => throw null;
        public static double Ceiling(double a) => throw null;
        public static double Round(double a) => throw null;
        public static double Sqrt(double d) => throw null;
        public static double Pow(double x, double y) => throw null;
    }

    public class Random
    {
        public Random() { }
        public Random(int seed) { }
        public virtual int Next() => throw null;
        public virtual int Next(int maxValue) => throw null;
        public virtual int Next(int minValue, int maxValue) => throw null;
        public virtual double NextDouble() => throw null;
        public virtual void NextBytes(byte[] buffer) => throw null;
    }

    public struct Guid
    {
        public static readonly Guid Empty;
        public Guid(byte[] b) { }
        public Guid(string g) { }
        public static Guid NewGuid() => throw null;
        public byte[] ToByteArray() => throw null;
        public override string ToString() => throw null;
        public override bool Equals(object o) => throw null;
        public override int GetHashCode() => throw null;
        public static bool operator ==(Guid a, Guid b) => throw null;
        public static bool operator !=(Guid a, Guid b) => throw null;
    }

    public sealed class Version
    {
        public Version(int major, int minor) { }
        public Version(int major, int minor, int build, int revision) { }
        public int Major => throw null;
        public int Minor => throw null;
        public int Build => throw null;
        public int Revision => throw null;
        public override string ToString() => throw null;
    }
}

namespace System.IO
{
    public enum SeekOrigin
    {
        Begin = 0, Current = 1, End = 2,
    }

    public abstract class Stream : MarshalByRefObject, IDisposable
    {
        protected Stream() { }
        public abstract bool CanRead { get; }
        public abstract bool CanSeek { get; }
        public abstract bool CanWrite { get; }
        public abstract long Length { get; }
        public abstract long Position { get; set; }
        public virtual int ReadTimeout { get => throw null; set => throw null; }
        public virtual int WriteTimeout { get => throw null; set => throw null; }
        public virtual void Close() => throw null;
        public void Dispose() => throw null;
        protected virtual void Dispose(bool disposing) => throw null;
        public abstract void Flush();
        public abstract int Read(byte[] buffer, int offset, int count);
        public virtual int ReadByte() => throw null;
        public abstract long Seek(long offset, SeekOrigin origin);
        public abstract void SetLength(long value);
        public abstract void Write(byte[] buffer, int offset, int count);
        public virtual void WriteByte(byte value) => throw null;
    }
}
