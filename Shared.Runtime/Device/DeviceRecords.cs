// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Keys;
using Shared.Crypto.Pairing;
using Shared.Crypto.Passes;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;

namespace Shared.Runtime.Device
{
    /// <summary>
    /// The device's persistent records (identity, owners, passes; counters and the audit chain
    /// name their own records) in one <see cref="RecordStore"/>. Each record survives a power cut at any byte.
    /// </summary>
    public sealed class DeviceRecords
    {
        /// <summary>Record of the device identity.</summary>
        public const string IdentityRecord = "okf.identity";

        /// <summary>Record of the owner registry.</summary>
        public const string OwnersRecord = "okf.owners";

        /// <summary>Record of the guest pass book.</summary>
        public const string PassesRecord = "okf.passes";

        /// <summary>
        /// Record of the lifetime wrong-proof count older firmware kept. Pairing failures now count per window in
        /// RAM; the record is erased at boot so an old "locked" (or unreadable) record cannot block pairing.
        /// </summary>
        public const string LegacyPairingFailuresRecord = "okf.pairfail";

        /// <summary>Record of the audit chain.</summary>
        public const string AuditRecord = "okf.audit";

        /// <summary>Record of the random part of the MQTT client id.</summary>
        public const string ClientIdRecord = "okf.mqttid";

        /// <summary>Random bytes in the MQTT client id (96 bits: not guessable, still a short id).</summary>
        public const int ClientIdRandomSize = 12;

        /// <summary>Prefix of the MQTT client id.</summary>
        public const string ClientIdPrefix = "okf-";

        private readonly RecordStore _store;
        private readonly byte[] _buffer;
        private readonly System.Collections.ArrayList _firmwareRecords = new System.Collections.ArrayList();

        /// <summary>Creates the records over a store.</summary>
        /// <param name="store">The store.</param>
        public DeviceRecords(RecordStore store)
        {
            _store = store;
            int size = OwnerRegistry.MaxEncodedSize > PassBook.MaxEncodedSize ? OwnerRegistry.MaxEncodedSize : PassBook.MaxEncodedSize;
            _buffer = new byte[size > DeviceIdentity.EncodedSize ? size : DeviceIdentity.EncodedSize];
        }

        /// <summary>Gets the store.</summary>
        public RecordStore Store
        {
            get { return _store; }
        }

        /// <summary>Loads the identity, or generates and saves a new one (first boot, after a reset).</summary>
        /// <param name="random">Hardware RNG.</param>
        /// <param name="created">True when a new identity was made.</param>
        /// <returns>The identity.</returns>
        public DeviceIdentity LoadOrCreateIdentity(IRandomSource random, out bool created)
        {
            int length = _store.Load(IdentityRecord, _buffer);
            DeviceIdentity identity = length < 0 ? null : DeviceIdentity.TryParse(_buffer, 0, length);
            created = identity == null;
            if (created)
            {
                identity = DeviceIdentity.Generate(random);
                int n = identity.Encode(_buffer, 0);
                _store.Save(IdentityRecord, _buffer, 0, n);
            }

            SecureBuffer.Clear(_buffer);
            return identity;
        }

        /// <summary>
        /// Loads the MQTT client id, or makes and saves a new random one. It is not derived from the public device
        /// id: a broker client that could guess it would take the device's session over (a broker closes the older
        /// connection of a client id) and keep the device off the broker.
        /// </summary>
        /// <param name="random">Hardware RNG.</param>
        /// <returns>"okf-" and 24 lowercase hex digits.</returns>
        public string LoadOrCreateClientId(IRandomSource random)
        {
            byte[] id = new byte[ClientIdRandomSize];
            int length = _store.Load(ClientIdRecord, _buffer);
            if (length == ClientIdRandomSize)
            {
                System.Array.Copy(_buffer, id, ClientIdRandomSize);
            }
            else
            {
                random.NextBytes(id);
                _store.Save(ClientIdRecord, id, 0, ClientIdRandomSize);
            }

            return ClientIdPrefix + Hex.Encode(id, 0, ClientIdRandomSize);
        }

        /// <summary>Loads the owners into an empty registry; a missing or broken record leaves it empty.</summary>
        /// <param name="registry">The registry.</param>
        /// <returns>The load result (Done when loaded).</returns>
        public ReasonCode LoadOwners(OwnerRegistry registry)
        {
            int length = _store.Load(OwnersRecord, _buffer);
            ReasonCode result = length < 0 ? ReasonCode.BadLength : registry.TryLoad(_buffer, 0, length);
            SecureBuffer.Clear(_buffer);
            return result;
        }

        /// <summary>Saves the owners.</summary>
        /// <param name="registry">The registry.</param>
        public void SaveOwners(OwnerRegistry registry)
        {
            int n = registry.Encode(_buffer, 0);
            _store.Save(OwnersRecord, _buffer, 0, n);
            SecureBuffer.Clear(_buffer);
        }

        /// <summary>Loads the pass book; a missing record leaves it empty.</summary>
        /// <param name="passes">The pass book.</param>
        public void LoadPasses(PassBook passes)
        {
            int length = _store.Load(PassesRecord, _buffer);
            if (length >= 0)
            {
                passes.TryLoad(_buffer, 0, length);
            }
        }

        /// <summary>Saves the pass book.</summary>
        /// <param name="passes">The pass book.</param>
        public void SavePasses(PassBook passes)
        {
            int n = passes.Encode(_buffer, 0);
            _store.Save(PassesRecord, _buffer, 0, n);
            passes.MarkPersisted();
        }

        /// <summary>Erases the legacy lifetime pairing-failure record if an older firmware left one.</summary>
        public void DiscardLegacyPairingFailures()
        {
            // Both slots go, including a corrupt one (Load would report that as absent); deleting nothing is free.
            _store.Erase(LegacyPairingFailuresRecord);
        }

        /// <summary>Remembers a firmware record (settings) so that a factory reset erases it too.</summary>
        /// <param name="name">Record name.</param>
        public void TrackFirmwareRecord(string name)
        {
            for (int i = 0; i < _firmwareRecords.Count; i++)
            {
                if ((string)_firmwareRecords[i] == name)
                {
                    return;
                }
            }

            _firmwareRecords.Add(name);
        }

        /// <summary>
        /// Erases every record of the device: identity, owners, passes, counters, audit, and the firmware records
        /// read or written through the runtime (settings) (factory reset).
        /// </summary>
        public void EraseAll()
        {
            for (int i = 0; i < _firmwareRecords.Count; i++)
            {
                _store.Erase((string)_firmwareRecords[i]);
            }

            // The identity goes last: a power cut halfway leaves the old identity, and the reset can be repeated.
            _store.Erase(OwnersRecord);
            _store.Erase(PassesRecord);
            _store.Erase(LegacyPairingFailuresRecord);
            _store.Erase(AuditRecord);
            _store.Erase(ClientIdRecord);
            _store.Erase(TrustedTimeRecord.RecordName);
            for (int i = 0; i < ProtocolConstants.MaxOwners; i++)
            {
                _store.Erase("okf.rx." + i.ToString());
                _store.Erase("okf.tx." + i.ToString());
            }

            _store.Erase(IdentityRecord);
        }
    }
}
