// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace Shared.Crypto.Storage
{
    /// <summary>
    /// The raw medium under <see cref="RecordStore"/>: named files (littlefs on the device).
    /// Nothing here is atomic: a write replaces the file but a power cut may stop it after any byte,
    /// leaving a prefix of the new content, the new prefix over the old tail, or the old file.
    /// </summary>
    public interface IStorageMedium
    {
        /// <summary>
        /// Reads the file from its start into <paramref name="buffer"/>.
        /// </summary>
        /// <param name="name">The file name (no folder).</param>
        /// <param name="buffer">The destination.</param>
        /// <param name="offset">Where the first byte goes in <paramref name="buffer"/>.</param>
        /// <param name="count">The most bytes to read.</param>
        /// <returns>The bytes read, or -1 when the file does not exist.</returns>
        int Read(string name, byte[] buffer, int offset, int count);

        /// <summary>
        /// Replaces the file with <paramref name="count"/> bytes of <paramref name="data"/>. Not atomic.
        /// </summary>
        /// <param name="name">The file name (no folder).</param>
        /// <param name="data">The new content.</param>
        /// <param name="offset">The first byte of the content in <paramref name="data"/>.</param>
        /// <param name="count">The content length.</param>
        void Write(string name, byte[] data, int offset, int count);

        /// <summary>
        /// Deletes the file; nothing happens when it does not exist.
        /// </summary>
        /// <param name="name">The file name (no folder).</param>
        void Delete(string name);

        /// <summary>
        /// Gets the file length.
        /// </summary>
        /// <param name="name">The file name (no folder).</param>
        /// <returns>The length in bytes, or -1 when the file does not exist.</returns>
        int Length(string name);
    }
}
