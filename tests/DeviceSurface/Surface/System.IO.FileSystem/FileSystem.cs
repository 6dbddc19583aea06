// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.
//
// Reference surface (declarations only) of the nanoFramework package named by this folder.
#pragma warning disable CS0626, CS0660, CS0661, CS1591, CS0108, CS0067

namespace System.IO
{
    public enum FileMode
    {
        CreateNew = 1, Create = 2, Open = 3, OpenOrCreate = 4, Truncate = 5, Append = 6,
    }

    [Flags]
    public enum FileAccess
    {
        Read = 1, Write = 2, ReadWrite = 3,
    }

    [Flags]
    public enum FileShare
    {
        None = 0, Read = 1, Write = 2, ReadWrite = 3,
    }

    public static class File
    {
        public static bool Exists(string path) => throw null;
        public static void Delete(string path) => throw null;
        public static void Move(string sourceFileName, string destFileName) => throw null;
        public static void Copy(string sourceFileName, string destFileName, bool overwrite) => throw null;
        public static byte[] ReadAllBytes(string path) => throw null;
        public static void WriteAllBytes(string path, byte[] bytes) => throw null;
        public static string ReadAllText(string path) => throw null;
        public static void WriteAllText(string path, string contents) => throw null;
        public static FileStream Create(string path) => throw null;
        public static FileStream OpenRead(string path) => throw null;
        public static FileStream OpenWrite(string path) => throw null;
    }

    public static class Directory
    {
        public static bool Exists(string path) => throw null;
        public static DirectoryInfo CreateDirectory(string path) => throw null;
        public static void Delete(string path) => throw null;
        public static void Delete(string path, bool recursive) => throw null;
        public static string[] GetFiles(string path) => throw null;
        public static string[] GetDirectories(string path) => throw null;
    }

    [Flags]
    public enum FileAttributes
    {
        ReadOnly = 1, Hidden = 2, System = 4, Directory = 16, Archive = 32, Normal = 128,
    }

    public abstract class FileSystemInfo : MarshalByRefObject
    {
        protected FileSystemInfo() { }
        public FileAttributes Attributes => throw null;
        public virtual string FullName => throw null;
        public string Extension => throw null;
        public abstract bool Exists { get; }
        public abstract string Name { get; }
        public abstract void Delete();
        public virtual void Refresh() => throw null;
        protected abstract void HandleRefreshError();
    }

    public sealed class DirectoryInfo : FileSystemInfo
    {
        public DirectoryInfo(string path) { }
        public override string Name => throw null;
        public override bool Exists => throw null;
        public DirectoryInfo Parent => throw null;
        public DirectoryInfo Root => throw null;
        public void Create() => throw null;
        public override void Delete() => throw null;
        public void Delete(bool recursive) => throw null;
        protected override void HandleRefreshError() => throw null;
        public override string ToString() => throw null;
    }

    public static class Path
    {
        public static string Combine(string path1, string path2) => throw null;
        public static string GetFileName(string path) => throw null;
        public static string GetDirectoryName(string path) => throw null;
    }

    public class FileStream : Stream
    {
        public FileStream(string path, FileMode mode) { }
        public FileStream(string path, FileMode mode, FileAccess access) { }
        public FileStream(string path, FileMode mode, FileAccess access, FileShare share) { }
        public string Name => throw null;
        public override bool CanRead => throw null;
        public override bool CanSeek => throw null;
        public override bool CanWrite => throw null;
        public override long Length => throw null;
        public override long Position { get => throw null; set => throw null; }
        public override void Close() => throw null;
        protected override void Dispose(bool disposing) => throw null;
        public override void Flush() => throw null;
        public override int Read(byte[] buffer, int offset, int count) => throw null;
        public override int Read(SpanByte buffer) => throw null;
        public override int ReadByte() => throw null;
        public override long Seek(long offset, SeekOrigin origin) => throw null;
        public override void SetLength(long value) => throw null;
        public override void Write(byte[] buffer, int offset, int count) => throw null;
        public override void WriteByte(byte value) => throw null;
    }
}
