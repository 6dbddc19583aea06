// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;
using Shared.Crypto.Storage;

namespace Shared.Runtime.Storage
{
    /// <summary>
    /// The record store's medium over files in one folder: the littlefs drive "I:\" on the device, a
    /// temporary folder on the PC. Uses only File, FileStream and Directory members that nanoFramework's
    /// System.IO.FileSystem has. A write truncates and rewrites the file, so a power cut can leave any
    /// prefix: <see cref="RecordStore"/> is what makes records survive that.
    /// </summary>
    public sealed class FileStorageMedium : IStorageMedium
    {
        private readonly string _root;

        /// <summary>
        /// Creates the medium over <paramref name="root"/>, creating the folder when it is missing.
        /// </summary>
        /// <param name="root">The folder, for example "I:\" on the device.</param>
        public FileStorageMedium(string root)
        {
            if (root == null || root.Length == 0)
            {
                throw new ArgumentException("root");
            }

            char last = root[root.Length - 1];
            if (last != '\\' && last != '/')
            {
                root += root.IndexOf('\\') >= 0 ? "\\" : "/";
            }

            // A bare drive such as "I:\" always exists; only sub-folders are created.
            if (root.Length > 3 && !Directory.Exists(root))
            {
                Directory.CreateDirectory(root);
            }

            _root = root;
        }

        /// <summary>
        /// Gets the folder, ending with a separator.
        /// </summary>
        public string Root
        {
            get { return _root; }
        }

        /// <inheritdoc />
        public int Read(string name, byte[] buffer, int offset, int count)
        {
            string path = PathOf(name);
            if (!File.Exists(path))
            {
                return -1;
            }

            int total = 0;
            using (FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read))
            {
                while (total < count)
                {
                    int read = stream.Read(buffer, offset + total, count - total);
                    if (read <= 0)
                    {
                        break;
                    }

                    total += read;
                }
            }

            return total;
        }

        /// <inheritdoc />
        public void Write(string name, byte[] data, int offset, int count)
        {
            using (FileStream stream = new FileStream(PathOf(name), FileMode.Create, FileAccess.Write))
            {
                stream.Write(data, offset, count);
                stream.Flush();
            }
        }

        /// <inheritdoc />
        public void Delete(string name)
        {
            string path = PathOf(name);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }

        /// <inheritdoc />
        public int Length(string name)
        {
            string path = PathOf(name);
            if (!File.Exists(path))
            {
                return -1;
            }

            using (FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read))
            {
                return (int)stream.Length;
            }
        }

        private string PathOf(string name)
        {
            if (name == null || name.Length == 0 || name.IndexOf('\\') >= 0 || name.IndexOf('/') >= 0)
            {
                throw new ArgumentException("name");
            }

            return _root + name;
        }
    }
}
