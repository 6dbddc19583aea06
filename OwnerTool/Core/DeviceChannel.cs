// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Text;
using System.Threading;
using Shared.Crypto.Protocol;

namespace OwnerTool.Core
{
    /// <summary>
    /// One conversation with one device over MQTT for one session (owner or guest): waits for the retained
    /// freshness nonce (or the retained "offline" status), sends sealed commands with counters saved first, and
    /// returns only the result bound to the command just sent (counter echo); late, duplicate, replayed or
    /// forged messages are dropped.
    /// </summary>
    public sealed partial class DeviceChannel : IDisposable
    {
        private const string OfflineStatus = "offline";

        private MqttLink _link;
        private readonly byte[] _deviceId;
        private readonly string _name;
        private readonly string _replyTopic;
        private readonly string _statusTopic;
        private readonly string _nonceTopic;
        private readonly OwnerSession _session;
        private OwnerSession _pending;
        private readonly ISessionStore _store;
        private readonly TimeSpan _timeout;
        private readonly Func<long> _utcNow;
        private readonly byte[] _nonce = new byte[ProtocolConstants.NonceSize];
        private readonly byte[] _plaintext = new byte[ProtocolConstants.ResultPrefixSize + ProtocolConstants.MaxDeviceDataSize];
        private readonly DeviceMessage _header = new DeviceMessage();
        private bool _haveNonce;
        private OwnerSession _active;

        /// <summary>Creates a channel over a connected link.</summary>
        /// <param name="link">Connected link (owned by the channel).</param>
        /// <param name="deviceId">Device id.</param>
        /// <param name="name">Device name for messages.</param>
        /// <param name="replyTopic">Where this session's results and events arrive.</param>
        /// <param name="session">The session.</param>
        /// <param name="pending">A session under a rotated key not yet confirmed, or null.</param>
        /// <param name="store">Counter persistence.</param>
        /// <param name="timeout">How long to wait for the nonce and each result.</param>
        /// <param name="utcNow">Owner UTC seconds (sent in commands; sets the device's trusted clock).</param>
        public DeviceChannel(MqttLink link, byte[] deviceId, string name, string replyTopic, OwnerSession session, OwnerSession pending,
            ISessionStore store, TimeSpan timeout, Func<long> utcNow)
        {
            _link = link;
            _deviceId = deviceId;
            _name = name;
            _replyTopic = replyTopic;
            _statusTopic = ProtocolTopics.Status(deviceId);
            _nonceTopic = ProtocolTopics.Nonce(deviceId);
            _session = session;
            _pending = pending;
            _active = session;
            _store = store;
            _timeout = timeout;
            _utcNow = utcNow;
        }

        /// <summary>Gets how many messages on the reply topic failed authentication or replay checks.</summary>
        public int DroppedCount { get; private set; }

        /// <summary>Subscribes to status, nonce and replies (status first: mosquitto then delivers its retained value first).</summary>
        public void Subscribe()
        {
            _link.Subscribe(Deadline.After(_timeout), _statusTopic, _nonceTopic, _replyTopic);
        }

        /// <summary>Sends one command and waits for its result; a CounterResync answer is retried once.</summary>
        /// <param name="action">Action code.</param>
        /// <param name="args">Arguments (0-64 bytes).</param>
        /// <param name="cancel">Cancellation.</param>
        /// <returns>The result.</returns>
        /// <exception cref="OwnerToolException">DeviceOffline, TimedOut, BrokerUnreachable, KeyFileProblem.</exception>
        public CommandResult Execute(byte action, byte[] args, CancellationToken cancel)
        {
            Deadline deadline = Deadline.After(_timeout);
            WaitForNonce(deadline, cancel);
            byte[] buffer = new byte[ProtocolConstants.MaxCommandSize];
            for (int attempt = 0; ; attempt++)
            {
                // The counter is on disk (in a reserved block) before the command exists anywhere else: a crash, or
                // another okf sharing the key file, never reuses it.
                long counter = _store.ReserveCounter(_active);
                _active.RaiseNextCounter(counter);
                _pending?.RaiseNextCounter(counter);
                if (_active.NextCounter != counter)
                {
                    throw new OwnerToolException(ExitCode.KeyFileProblem, "the command counter of " + _name + " is exhausted.");
                }

                long ownerTime = _utcNow();
                int length = _active.SealCommand(_nonce, 0, ownerTime, action, args, 0, args.Length, buffer, 0);
                if (length == 0)
                {
                    throw new OwnerToolException(ExitCode.Usage, "command arguments too long.");
                }

                OwnerSession sealer = _active;
                bool withTwin = _pending != null && _active != _pending && _pending.NextCounter == counter;
                if (withTwin)
                {
                    _pending.RaiseNextCounter(counter + 1);
                }

                _link.Publish(ProtocolTopics.Command(_deviceId), buffer.AsSpan(0, length).ToArray());
                PublishTwin(withTwin, counter, ownerTime, action, args);
                var resend = new Resend(this, sealer, withTwin, counter, ownerTime, action, args);
                CommandResult result = WaitForResult(counter, deadline, cancel, resend);
                if (_pending != null && _active == _session)
                {
                    // Answered under the old key: the unconfirmed rotation never happened on the device.
                    _pending = null;
                    _store.DropPending();
                }

                if (result.Reason != (byte)ReasonCode.CounterResync || attempt > 0)
                {
                    return result;
                }
            }
        }

        /// <summary>Disconnects.</summary>
        public void Dispose()
        {
            _link.Dispose();
        }

        private void WaitForNonce(Deadline deadline, CancellationToken cancel)
        {
            while (!_haveNonce)
            {
                if (!_link.TryReceive(deadline, cancel, out InboundMessage message))
                {
                    cancel.ThrowIfCancellationRequested();
                    ThrowIfConnectionLost(string.Empty);
                    throw new OwnerToolException(ExitCode.DeviceOffline, "device " + _name
                        + " is offline: it publishes no freshness nonce on this broker (powered off, not connected, or another broker?).");
                }

                HandleSideTopics(message);
            }
        }

        private CommandResult WaitForResult(long counter, Deadline deadline, CancellationToken cancel, Resend resend)
        {
            while (true)
            {
                Deadline wait = resend.WaitUntil(deadline);
                if (!_link.TryReceive(wait, cancel, out InboundMessage message))
                {
                    cancel.ThrowIfCancellationRequested();
                    ThrowIfConnectionLost(" (the command may or may not have been carried out; check with status)");
                    if (!deadline.HasPassed)
                    {
                        // The wait ended for a resend (or a millisecond early): send it when due and wait on.
                        resend.TrySend();
                        continue;
                    }

                    // The device was online (its nonce arrived) but stayed silent: it answers nothing it cannot
                    // authenticate, so a key it no longer knows (revoked, or the device was factory-reset) looks like this.
                    throw new OwnerToolException(ExitCode.TimedOut, "timed out: no result from " + _name + " within "
                        + _timeout.TotalSeconds + " s, although it is online (the command may or may not have been carried out; "
                        + "check with status). If this keeps happening, your key may have been revoked or the device factory-reset: "
                        + "the device ignores keys it does not know without a word; ask an admin ('okf keys list') or pair again.");
                }

                if (message.Topic != _replyTopic)
                {
                    HandleSideTopics(message);
                    continue;
                }

                if (!TryOpen(message.Payload) || _header.Type != MessageType.Result)
                {
                    continue;
                }

                long answered = BigEndian.ReadInt64(_plaintext, 0);
                if (answered != counter)
                {
                    // A late or duplicated result of another command: authentic, but not the answer to this one.
                    continue;
                }

                byte[] data = _plaintext.AsSpan(ProtocolConstants.ResultPrefixSize, _active.DataLength).ToArray();
                return new CommandResult(counter, _plaintext[ProtocolConstants.CounterSize], _plaintext[ProtocolConstants.CounterSize + 1], data,
                    _header.Counter);
            }
        }

        private void ThrowIfConnectionLost(string hint)
        {
            if (_link.IsConnectionLost)
            {
                throw new OwnerToolException(ExitCode.BrokerUnreachable, "the connection to the MQTT broker was lost while waiting for "
                    + _name + hint + ".");
            }
        }

        private void PublishTwin(bool withTwin, long counter, long ownerTime, byte action, byte[] args)
        {
            // After an unconfirmed rotation the device holds exactly one of the two keys: the same command under the
            // same counter is sent under both, so exactly one can authenticate and run, and its result tells which.
            if (!withTwin || _pending == null)
            {
                return;
            }

            byte[] twin = new byte[ProtocolConstants.MaxCommandSize];
            int length = _pending.ResealCommand(counter, _nonce, 0, ownerTime, action, args, 0, args.Length, twin, 0);
            if (length > 0)
            {
                _link.Publish(ProtocolTopics.Command(_deviceId), twin.AsSpan(0, length).ToArray());
            }
        }

        private bool TryOpen(byte[] payload)
        {
            ReasonCode opened = _active.Open(payload, 0, payload.Length, _header, _plaintext);
            if (opened != ReasonCode.Done && _pending != null && _active != _pending)
            {
                opened = _pending.Open(payload, 0, payload.Length, _header, _plaintext);
                if (opened == ReasonCode.Done)
                {
                    // The device answered under the rotated key: the rotation happened even if its result was lost.
                    _active = _pending;
                    _store.PromotePending();
                }
            }

            if (opened != ReasonCode.Done)
            {
                DroppedCount++;
                return false;
            }

            // Results cost no key-file write (see ISessionStore.NoteReceived); events are saved at once, so a restarted
            // watch never shows a replayed one again.
            if (_header.Type == MessageType.Event)
            {
                _store.SaveCounters(_active);
            }
            else
            {
                _store.NoteReceived(_active);
            }

            return true;
        }

        private void HandleSideTopics(InboundMessage message)
        {
            if (message.Topic == _statusTopic)
            {
                if (Encoding.UTF8.GetString(message.Payload) == OfflineStatus)
                {
                    throw new OwnerToolException(ExitCode.DeviceOffline, "device " + _name + " is offline (its status topic says offline).");
                }

                return;
            }

            if (message.Topic == _nonceTopic)
            {
                var parsed = new NonceMessage();
                if (NonceMessage.TryParse(message.Payload, 0, message.Payload.Length, parsed) == ReasonCode.Done
                    && parsed.DeviceId.AsSpan().SequenceEqual(_deviceId))
                {
                    Array.Copy(parsed.Nonce, _nonce, _nonce.Length);
                    _haveNonce = true;
                }
            }
        }
    }
}
