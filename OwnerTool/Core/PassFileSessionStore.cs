// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Protocol;

namespace OwnerTool.Core
{
    /// <summary>Persists a guest session's counters into its pass file.</summary>
    public sealed class PassFileSessionStore : ISessionStore
    {
        private readonly string _path;
        private readonly PassFile _file;

        /// <summary>Creates the store.</summary>
        /// <param name="path">Pass file path.</param>
        /// <param name="file">Its loaded content.</param>
        public PassFileSessionStore(string path, PassFile file)
        {
            _path = path;
            _file = file;
        }

        /// <inheritdoc />
        public long ReserveCounter(OwnerSession session)
        {
            // A pass file belongs to one guest run at a time: the loaded copy is the file.
            long reserved = System.Math.Max(session.NextCounter, _file.NextCounter);
            _file.NextCounter = reserved + 1;
            KeyStore.WriteJson(_path, _file);
            return reserved;
        }

        /// <inheritdoc />
        public void SaveCounters(OwnerSession session)
        {
            _file.NextCounter = System.Math.Max(_file.NextCounter, session.NextCounter);
            _file.ReceivedHighest = System.Math.Max(_file.ReceivedHighest, session.ReceivedHighest);
            KeyStore.WriteJson(_path, _file);
        }

        /// <inheritdoc />
        public void NoteReceived(OwnerSession session)
        {
            // Folded into the next write, as the owner's key file does.
        }

        /// <inheritdoc />
        public void PromotePending()
        {
        }

        /// <inheritdoc />
        public void DropPending()
        {
        }
    }
}
