// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Protocol;

namespace OwnerTool.Core
{
    /// <summary>Persists an owner session's counters into its device entry and saves the key file.</summary>
    public sealed class KeyFileSessionStore : ISessionStore
    {
        private readonly KeyStore _store;
        private readonly OwnerKeyFile _file;
        private readonly PairedDevice _device;

        /// <summary>Creates the store.</summary>
        /// <param name="store">Key file location.</param>
        /// <param name="file">Loaded key file.</param>
        /// <param name="device">The device entry inside it.</param>
        public KeyFileSessionStore(KeyStore store, OwnerKeyFile file, PairedDevice device)
        {
            _store = store;
            _file = file;
            _device = device;
        }

        /// <inheritdoc />
        public void SaveCounters(OwnerSession session)
        {
            _device.NextCounter = session.NextCounter;
            _device.ReceivedHighest = session.ReceivedHighest;
            _store.Save(_file);
        }

        /// <inheritdoc />
        public void PromotePending()
        {
            if (_device.PendingMasterKey != null)
            {
                _device.MasterKey = _device.PendingMasterKey;
                _device.PendingMasterKey = null;
                _store.Save(_file);
            }
        }

        /// <inheritdoc />
        public void DropPending()
        {
            if (_device.PendingMasterKey != null)
            {
                _device.PendingMasterKey = null;
                _store.Save(_file);
            }
        }
    }
}
