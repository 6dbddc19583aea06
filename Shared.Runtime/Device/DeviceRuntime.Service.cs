// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Audit;
using Shared.Crypto.Keys;
using Shared.Crypto.Protocol;
using Shared.Runtime.Network;

namespace Shared.Runtime.Device
{
    /// <summary>The runtime thread's work: requests, inbound messages, events, nonce, persistence.</summary>
    public sealed partial class DeviceRuntime
    {
        /// <summary>Most inbound messages handled per <see cref="Service"/> call (events and nonce stay timely).</summary>
        public const int MaxMessagesPerService = 8;

        private static readonly int AuditPageEntries =
            (ProtocolConstants.MaxDeviceDataSize - (AuditPage.MaxEncodedSize - (AuditPage.MaxEntries * AuditEntry.EncodedSize)))
            / AuditEntry.EncodedSize;

        private readonly NonceMessage _nonceMessage = new NonceMessage();
        private readonly byte[] _nonceBuffer = new byte[ProtocolConstants.NonceMessageSize];

        // Owner topics by key id, built once: a result or event then allocates no topic string.
        private readonly string[] _ownerTopics = new string[256];

        /// <summary>
        /// One step of the runtime thread: applies pairing and reset requests, answers queued messages, seals and
        /// publishes queued events, republishes the nonce when it rotated, flushes the audit chain when due.
        /// Tests call it directly with a fake clock.
        /// </summary>
        /// <param name="now">Monotonic time in milliseconds.</param>
        public void Service(long now)
        {
            lock (_lock)
            {
                if (_wipeRequested)
                {
                    _wipeRequested = false;
                    FactoryReset(now);
                }

                if (_pairingRequested)
                {
                    _pairingRequested = false;
                    _pairing.OpenPairingWindow(now);
                    _log.WriteLine("runtime: pairing window open for " + (ProtocolConstants.PairingWindowMs / 1000).ToString() + " s"
                        + (_registry.Count == 0 ? " (pairing URI of this device)"
                            : (_pairing.Invite.IsBound ? " (for the invite an admin armed)" : " (no invite armed: an admin must run okf invite)")));
                    // Again here, because the boot lines have usually scrolled away by now; quoted, so that
                    // pasting the whole line into a shell keeps the '&' inside the URI.
                    if (_registry.Count == 0)
                    {
                        _log.WriteLine("runtime: pair now with: okf pair '" + PairingUri + "'");
                    }
                }

                for (int i = 0; i < MaxMessagesPerService && _inbound.TryDequeue(_message); i++)
                {
                    // The clock is read per message: one reading for a whole batch let a slow batch stretch the
                    // freshness window (84.5 s measured) for the messages at its end.
                    long at = MessageTime(now);
                    if (_message.Kind == InboundKind.Command)
                    {
                        HandleCommand(at);
                    }
                    else
                    {
                        HandlePairing(at);
                    }
                }

                now = MessageTime(now);

                _pairingOpen = _pairing.IsOpen(now);
                PublishEvents(now);
                _nonce.Update(now);
                if (_connected && (_announce || _nonce.Generation != _publishedNonceGeneration))
                {
                    PublishNonce();
                }

                _timeRecord.SaveIfDue(_trustedClock, now);
                _audit.Poll(now);
            }
        }

        /// <summary>Serves ReadAudit from the chain and ArmInvite from pairing; hands every device action to the firmware.</summary>
        /// <param name="context">The authenticated command.</param>
        /// <returns>The reason code.</returns>
        public byte Execute(CommandContext context)
        {
            if (context.Action == (byte)ProtocolAction.ArmInvite)
            {
                return ArmInvite(context);
            }

            if (context.Action != (byte)ProtocolAction.ReadAudit)
            {
                return _actions == null ? (byte)ReasonCode.UnknownAction : _actions.Execute(context);
            }

            if (context.ArgumentsLength != ProtocolConstants.CounterSize)
            {
                return (byte)ReasonCode.BadArguments;
            }

            // Persist the tail first: an owner pins the head it reads, and a power cut must not take back a head
            // an owner has seen (that would look exactly like a rewritten history).
            _audit.Flush();
            long from = BigEndian.ReadInt64(context.Arguments, context.ArgumentsOffset);
            context.ResultLength = _audit.EncodePage(from, AuditPageEntries, context.ResultData, 0);
            return (byte)ReasonCode.Done;
        }

        private byte ArmInvite(CommandContext context)
        {
            if (context.ArgumentsLength != 0)
            {
                return (byte)ReasonCode.BadArguments;
            }

            ReasonCode reason = _pairing.ArmInvite(context.NowMs, context.ResultData, 0);
            if (reason == ReasonCode.Done)
            {
                // The code itself goes only into the sealed result, never to the console.
                context.ResultLength = ProtocolConstants.ArmInviteResultSize;
                _log.WriteLine("runtime: pairing invite armed by key " + context.KeyId.ToString()
                    + (_pairing.Invite.IsBound ? " for the open window" : "; hold the setup button within "
                        + (ProtocolConstants.InviteArmMs / 1000).ToString() + " s to open the window"));
            }

            return (byte)reason;
        }

        private void HandleCommand(long now)
        {
            VerifyOutcome outcome = _verifier.Process(_message.Payload, 0, _message.Length, _message.Retained, now, _response, 0);
            if (!outcome.Authenticated)
            {
                // No answer to unauthenticated input: the broker gets no oracle and no amplification.
                Unanswered++;
                return;
            }

            if (outcome.RegistryChanged)
            {
                _records.SaveOwners(_registry);
            }

            if (outcome.PassesChanged || _passes.IsDirty)
            {
                _records.SavePasses(_passes);
            }

            if (outcome.Action != (byte)ProtocolAction.ReadAudit)
            {
                AppendCommandAudit(now, outcome);
            }

            string topic = outcome.IsGuest
                ? ProtocolTopics.GuestOutbound(_identity.DeviceId, outcome.KeyId, outcome.PassId)
                : OwnerTopic(outcome.KeyId);
            Answered++;
            _platform.Transport.Publish(topic, _response, outcome.ResponseLength, false);
        }

        private void HandlePairing(long now)
        {
            int length;
            ReasonCode result = _pairing.HandleRequest(_message.Payload, 0, _message.Length, _message.Retained, now,
                _response, 0, out length);
            int slot = _pairing.LastPairedSlot;
            if (slot >= 0)
            {
                _records.SaveOwners(_registry);
                OwnerKey key = _registry.GetSlot(slot);
                AppendAudit(now, ActorKind.LocalButton, key.KeyId, PairedAuditAction, (byte)result);
                // The fingerprint lets the admin match this key with okf keys list and with what the new owner saw.
                _log.WriteLine("runtime: paired owner key " + key.KeyId.ToString() + " as "
                    + (key.Role == OwnerRole.Admin ? "admin" : key.Role == OwnerRole.Member ? "member" : "no role")
                    + " (fingerprint "
                    + Hex.Encode(key.OwnerPublicKey, 0, ProtocolConstants.KeyFingerprintSize)
                    + (_pairing.LastPairedByInvite ? ", by invite" : ", by the device pairing secret") + "); pairing window closed");
            }
            else if (length == 0)
            {
                Unanswered++;
            }

            if (length > 0)
            {
                _platform.Transport.Publish(_pairingResponseTopic, _response, length, false);
            }
        }

        private void PublishEvents(long now)
        {
            if (_connected)
            {
                // Oldest first: what happened during the outage, then what is new.
                while (_held.TryDequeue(_event))
                {
                    SealToEveryOwner(_event);
                }
            }

            long trustedUtc;
            bool known = _trustedClock.TryGetUtc(now, out trustedUtc);
            while (_events.TryDequeue(_event))
            {
                // The event keeps the time it happened, even if it has to wait for the broker.
                _event.UtcSeconds = _event.UtcSeconds > 0 ? _event.UtcSeconds : (known ? trustedUtc : 0);
                if (_event.Audit)
                {
                    AppendAudit(now, _event.Actor, _event.ActorId, _event.Action, _event.Result, _event.State, _event.UtcSeconds);
                }

                if (_connected)
                {
                    SealToEveryOwner(_event);
                }
                else
                {
                    // Already audited; owners learn of it on reconnect (a door that moved during an outage).
                    _held.EnqueueDroppingOldest(_event);
                }
            }
        }

        private void SealToEveryOwner(OutboundEvent item)
        {
            for (int slot = 0; slot < ProtocolConstants.MaxOwners; slot++)
            {
                OwnerKey owner = _registry.GetSlot(slot);
                if (!owner.InUse)
                {
                    continue;
                }

                int n = _sealer.SealEvent(owner, slot, item.Code, item.UtcSeconds, item.Data, 0, item.Length, _response, 0);
                if (n > 0)
                {
                    _platform.Transport.Publish(OwnerTopic(owner.KeyId), _response, n, false);
                }
            }
        }

        private string OwnerTopic(byte keyId)
        {
            string topic = _ownerTopics[keyId];
            if (topic == null)
            {
                topic = ProtocolTopics.OwnerOutbound(_identity.DeviceId, keyId);
                _ownerTopics[keyId] = topic;
            }

            return topic;
        }

        private void PublishNonce()
        {
            System.Array.Copy(_identity.DeviceId, _nonceMessage.DeviceId, ProtocolConstants.DeviceIdSize);
            _nonce.CopyCurrent(_nonceMessage.Nonce, 0);
            int n = _nonceMessage.Encode(_nonceBuffer, 0);
            if (_platform.Transport.Publish(_nonceTopic, _nonceBuffer, n, true))
            {
                _announce = false;
                _publishedNonceGeneration = _nonce.Generation;
            }
        }

        private void AppendAudit(long now, ActorKind actor, long actorId, byte action, byte result)
        {
            long utc;
            _trustedClock.TryGetUtc(now, out utc);
            byte state = _actions == null ? (byte)0 : _actions.StateCode;
            AppendAudit(now, actor, actorId, action, result, state, utc);
        }

        private long MessageTime(long now)
        {
            // The caller's reading may be old by the time a queued message is reached; time never runs backwards.
            long clock = _platform.Clock.NowMilliseconds;
            return clock > now ? clock : now;
        }

        private void FactoryReset(long now)
        {
            _log.WriteLine("runtime: factory reset: wiping keys, counters, passes, audit and settings");
            if (_connected)
            {
                _platform.Transport.Publish(_statusTopic, OfflineBytes(), 7, true);
            }

            _platform.Transport.Stop();
            _connected = false;
            _identity.Clear();
            _records.EraseAll();
            if (_actions != null)
            {
                // The previous owners' settings (a muted chime, an auto-close) must not carry over either.
                _actions.RestoreDefaults();
            }

            _inbound.Clear();

            // Whoever pairs next must not receive the previous owners' history.
            _events.Clear();
            _held.Clear();
            _pairingOpen = false;
            System.Array.Clear(_ownerTopics, 0, _ownerTopics.Length);
            LoadState(now);
            if (_transportStarted)
            {
                // New device id, new topics: the transport reconnects under them.
                StartTransport();
            }
        }

        private static byte[] OfflineBytes()
        {
            return System.Text.Encoding.UTF8.GetBytes("offline");
        }
    }
}
