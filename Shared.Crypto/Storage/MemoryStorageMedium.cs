// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections;

namespace Shared.Crypto.Storage
{
    /// <summary>
    /// A medium in RAM: for tests, for the nanoFramework emulator (which has no file system) and for
    /// boards without one. Its writes are complete; tests wrap it to inject power cuts.
    /// </summary>
    public sealed class MemoryStorageMedium : IStorageMedium
    {
        private readonly ArrayList _names = new ArrayList();
        private readonly ArrayList _contents = new ArrayList();

        /// <summary>
        /// Gets the number of files.
        /// </summary>
        public int FileCount
        {
            get { return _names.Count; }
        }

        /// <inheritdoc />
        public int Read(string name, byte[] buffer, int offset, int count)
        {
            int index = _names.IndexOf(name);
            if (index < 0)
            {
                return -1;
            }

            byte[] content = (byte[])_contents[index];
            int n = content.Length < count ? content.Length : count;
            Array.Copy(content, 0, buffer, offset, n);
            return n;
        }

        /// <inheritdoc />
        public void Write(string name, byte[] data, int offset, int count)
        {
            byte[] content = new byte[count];
            Array.Copy(data, offset, content, 0, count);
            int index = _names.IndexOf(name);
            if (index < 0)
            {
                _names.Add(name);
                _contents.Add(content);
            }
            else
            {
                _contents[index] = content;
            }
        }

        /// <inheritdoc />
        public void Delete(string name)
        {
            int index = _names.IndexOf(name);
            if (index >= 0)
            {
                _names.RemoveAt(index);
                _contents.RemoveAt(index);
            }
        }

        /// <inheritdoc />
        public int Length(string name)
        {
            int index = _names.IndexOf(name);
            return index < 0 ? -1 : ((byte[])_contents[index]).Length;
        }

        /// <summary>
        /// Replaces a file's raw bytes without any slot logic (tests use it to corrupt or restore flash).
        /// </summary>
        /// <param name="name">The file name.</param>
        /// <param name="content">The new raw content (copied).</param>
        public void SetRaw(string name, byte[] content)
        {
            Write(name, content, 0, content.Length);
        }

        /// <summary>
        /// Gets a copy of a file's raw bytes, or null when it does not exist.
        /// </summary>
        /// <param name="name">The file name.</param>
        /// <returns>The bytes, or null.</returns>
        public byte[] GetRaw(string name)
        {
            int index = _names.IndexOf(name);
            if (index < 0)
            {
                return null;
            }

            byte[] content = (byte[])_contents[index];
            byte[] copy = new byte[content.Length];
            Array.Copy(content, 0, copy, 0, content.Length);
            return copy;
        }
    }
}
