// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Diagnostics;
using System.Text;
using System.Threading;
using Shared.Crypto.Protocol;

namespace OwnerTool.Core
{
    /// <summary>The event watch of a channel: long-running, so it survives a lost broker connection.</summary>
    public sealed partial class DeviceChannel
    {
        /// <summary>Status text when the broker connection drops during a watch.</summary>
        public const string ConnectionLostStatus = "connection lost, reconnecting";

        /// <summary>Status text once the watch is connected and subscribed again (the device's own status follows).</summary>
        public const string ReconnectedStatus = "reconnected";

        /// <summary>Receives events until a limit on one connection; results of earlier commands are dropped.</summary>
        /// <param name="maxCount">Stop after this many events (0 = no limit).</param>
        /// <param name="deadline">Stop at this time.</param>
        /// <param name="onEvent">Called per event.</param>
        /// <param name="onStatus">Called with "online"/"offline" status changes.</param>
        /// <param name="cancel">Cancellation (Ctrl+C).</param>
        /// <returns>Events received.</returns>
        public int Watch(int maxCount, Deadline deadline, Action<DeviceEvent> onEvent, Action<string> onStatus, CancellationToken cancel)
        {
            return Watch(maxCount, deadline, null, onEvent, onStatus, cancel);
        }

        /// <summary>
        /// Receives events until a limit; when the broker connection drops it reports <see cref="ConnectionLostStatus"/>,
        /// reconnects with <see cref="ReconnectPolicy"/> back-off and resubscribes. The session (and so its replay
        /// window) is kept across connections: an event delivered twice is shown once.
        /// </summary>
        /// <param name="maxCount">Stop after this many events (0 = no limit).</param>
        /// <param name="deadline">Stop at this time.</param>
        /// <param name="connect">Opens a new broker connection (throws <see cref="OwnerToolException"/>); null: no reconnecting.</param>
        /// <param name="onEvent">Called per event.</param>
        /// <param name="onStatus">Called with device status changes and connection notices.</param>
        /// <param name="cancel">Cancellation (Ctrl+C).</param>
        /// <returns>Events received.</returns>
        public int Watch(int maxCount, Deadline deadline, Func<MqttLink> connect, Action<DeviceEvent> onEvent, Action<string> onStatus,
            CancellationToken cancel)
        {
            int count = 0;
            var policy = new ReconnectPolicy(_timeout);
            while ((maxCount == 0 || count < maxCount) && !cancel.IsCancellationRequested)
            {
                if (!_link.TryReceive(deadline, cancel, out InboundMessage message))
                {
                    if (_link.IsConnectionLost && _link.LossReason == MQTTnet.MqttClientDisconnectReason.SessionTakenOver)
                    {
                        // Reconnecting would throw the other one out in turn, forever: one session, one watcher.
                        throw new OwnerToolException(ExitCode.Usage, "another okf took over this watch's broker session (same key file, device and "
                            + "session name); give each watch of " + _name + " its own --session NAME.");
                    }

                    if (_link.IsConnectionLost && connect != null && Reconnect(connect, policy, deadline, onStatus, cancel))
                    {
                        continue;
                    }

                    break;
                }

                if (message.Topic == _statusTopic)
                {
                    onStatus?.Invoke(Encoding.UTF8.GetString(message.Payload));
                    continue;
                }

                if (message.Topic == _replyTopic && TryOpen(message.Payload) && _header.Type == MessageType.Event)
                {
                    int dataLength = _active.DataLength;
                    byte[] data = _plaintext.AsSpan(ProtocolConstants.EventPrefixSize, dataLength).ToArray();
                    long utc = BigEndian.ReadInt64(_plaintext, 1);
                    onEvent(new DeviceEvent(_plaintext[0], utc, data, _header.Counter));
                    count++;
                }
            }

            return count;
        }

        private bool Reconnect(Func<MqttLink> connect, ReconnectPolicy policy, Deadline deadline, Action<string> onStatus, CancellationToken cancel)
        {
            onStatus?.Invoke(ConnectionLostStatus);
            _link.Dispose();
            policy.Reset();
            Stopwatch outage = Stopwatch.StartNew();
            while (!cancel.IsCancellationRequested && !deadline.HasPassed)
            {
                string failure;
                MqttLink link = null;
                try
                {
                    link = connect();
                    link.Subscribe(Deadline.After(_timeout), _statusTopic, _nonceTopic, _replyTopic);
                    _link = link;
                    onStatus?.Invoke(ReconnectedStatus);
                    return true;
                }
                catch (OwnerToolException e)
                {
                    link?.Dispose();
                    failure = e.Message.TrimEnd('.');
                }

                if (policy.ShouldWarn(outage.Elapsed))
                {
                    // Watch is long-running: it never gives up on its own, but the user must know nothing can arrive.
                    onStatus?.Invoke("broker still unreachable after " + (int)outage.Elapsed.TotalSeconds + " s (" + failure
                        + "); still retrying, Ctrl+C to stop");
                }

                TimeSpan delay = policy.NextDelay();
                int wait = deadline.RemainingMilliseconds < 0 ? (int)delay.TotalMilliseconds : Math.Min((int)delay.TotalMilliseconds, deadline.RemainingMilliseconds);
                cancel.WaitHandle.WaitOne(wait);
            }

            return false;
        }
    }
}
