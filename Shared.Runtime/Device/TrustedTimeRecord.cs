// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;

namespace Shared.Runtime.Device
{
    /// <summary>
    /// The persisted lower bound of trusted time (record <c>okf.time</c>: version 1, then UTC seconds as a big-endian
    /// i64). Written when an admin first sets the clock after a boot and then once per hour of trusted time, never
    /// per command; read at boot so guest passes work before any admin speaks again.
    /// </summary>
    public sealed class TrustedTimeRecord
    {
        /// <summary>Record name.</summary>
        public const string RecordName = "okf.time";

        /// <summary>Format version.</summary>
        public const byte FormatVersion = 1;

        /// <summary>Encoded size.</summary>
        public const int EncodedSize = 1 + 8;

        private readonly RecordStore _store;
        private readonly byte[] _buffer = new byte[EncodedSize];

        /// <summary>Creates the record over a store.</summary>
        /// <param name="store">The store.</param>
        public TrustedTimeRecord(RecordStore store)
        {
            _store = store;
        }

        /// <summary>Hands a persisted lower bound to the clock; a missing or malformed record is ignored.</summary>
        /// <param name="clock">The trusted clock of this boot.</param>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <returns>True when a bound was loaded.</returns>
        public bool LoadInto(TrustedClock clock, long nowMs)
        {
            int length = _store.Load(RecordName, _buffer);
            if (length != EncodedSize || _buffer[0] != FormatVersion)
            {
                return false;
            }

            return clock.LoadLowerBound(BigEndian.ReadInt64(_buffer, 1), nowMs);
        }

        /// <summary>Writes the clock's lower bound when it is due (rarely: see <see cref="TrustedClock.IsPersistDue"/>).</summary>
        /// <param name="clock">The trusted clock.</param>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <returns>True when it wrote the store.</returns>
        public bool SaveIfDue(TrustedClock clock, long nowMs)
        {
            long utc;
            if (!clock.IsPersistDue(nowMs, out utc))
            {
                return false;
            }

            _buffer[0] = FormatVersion;
            BigEndian.WriteInt64(_buffer, 1, utc);
            _store.Save(RecordName, _buffer, 0, EncodedSize);
            clock.MarkPersisted(utc);
            return true;
        }
    }
}
