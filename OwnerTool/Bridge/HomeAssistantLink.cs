// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Diagnostics;
using System.Text;
using System.Threading;
using OwnerTool.Core;

namespace OwnerTool.Bridge
{
    /// <summary>
    /// The bridge's connection to Home Assistant's broker: a clean session (a command sent while the bridge was away
    /// is not carried out later), the retained availability "online" after connecting and "offline" as the last will
    /// and on a clean stop; lost connections are re-established with <see cref="ReconnectPolicy"/> back-off, after
    /// which <see cref="Connected"/> publishes discovery and every known state again.
    /// </summary>
    public sealed class HomeAssistantLink : IDisposable
    {
        private readonly ToolSettings _settings;
        private readonly string _clientId;
        private readonly BridgeTopics _topics;
        private readonly Action<string> _log;
        private readonly object _gate = new object();
        private MqttLink _link;
        private bool _warnedDown;

        /// <summary>Creates the link (not yet connected).</summary>
        /// <param name="settings">Home Assistant's broker and login.</param>
        /// <param name="clientId">MQTT client id.</param>
        /// <param name="topics">Topic scheme.</param>
        /// <param name="log">Receives notices.</param>
        public HomeAssistantLink(ToolSettings settings, string clientId, BridgeTopics topics, Action<string> log)
        {
            _settings = settings;
            _clientId = clientId;
            _topics = topics;
            _log = log;
        }

        /// <summary>Called after every (re)connection, once subscribed and announced online.</summary>
        public Action Connected { get; set; }

        /// <summary>Connects the first time; failures (wrong login, unreachable) are thrown so a misconfiguration shows at once.</summary>
        public void Connect()
        {
            MqttLink link = Open();
            lock (_gate)
            {
                _link = link;
            }

            Announce();
        }

        /// <summary>Publishes one message; while the connection is down it is dropped (states are sent again on reconnect).</summary>
        /// <param name="topic">Topic.</param>
        /// <param name="payload">Payload text (empty: removes a retained value).</param>
        /// <param name="retain">Retain flag.</param>
        public void Publish(string topic, string payload, bool retain)
        {
            MqttLink link;
            lock (_gate)
            {
                link = _link;
            }

            try
            {
                link?.Publish(topic, Encoding.UTF8.GetBytes(payload), retain);
            }
            catch (Exception e) when (e is OwnerToolException || e is ObjectDisposedException)
            {
                lock (_gate)
                {
                    if (!_warnedDown)
                    {
                        _warnedDown = true;
                        _log("home assistant broker: " + e.Message + " (states are sent again after reconnecting)");
                    }
                }
            }
        }

        /// <summary>Delivers Home Assistant's commands and status until cancelled, reconnecting whenever the connection drops.</summary>
        /// <param name="onMessage">Receives each message (on this thread).</param>
        /// <param name="cancel">Stops the loop.</param>
        public void Run(Action<InboundMessage> onMessage, CancellationToken cancel)
        {
            var policy = new ReconnectPolicy(_settings.Timeout);
            while (!cancel.IsCancellationRequested)
            {
                MqttLink link;
                lock (_gate)
                {
                    link = _link;
                }

                if (link == null)
                {
                    // Reconnecting was cancelled.
                    return;
                }

                if (link.TryReceive(Deadline.Never, cancel, out InboundMessage message))
                {
                    onMessage(message);
                    continue;
                }

                if (link.IsConnectionLost && !cancel.IsCancellationRequested)
                {
                    Reconnect(policy, cancel);
                }
            }
        }

        /// <summary>Announces the bridge offline (retained) and disconnects cleanly, so the last will is not needed.</summary>
        public void Dispose()
        {
            MqttLink link;
            lock (_gate)
            {
                link = _link;
                _link = null;
            }

            if (link == null)
            {
                return;
            }

            try
            {
                if (!link.IsConnectionLost)
                {
                    link.Publish(_topics.Availability, Encoding.UTF8.GetBytes(BridgeTopics.Offline), true);
                }
            }
            catch (OwnerToolException)
            {
                // The broker went away meanwhile: it publishes the same "offline" as our last will.
            }

            link.Dispose();
        }

        private void Reconnect(ReconnectPolicy policy, CancellationToken cancel)
        {
            _log("home assistant broker: " + DeviceChannel.ConnectionLostStatus);
            lock (_gate)
            {
                _link.Dispose();
                _link = null;
            }

            policy.Reset();
            Stopwatch outage = Stopwatch.StartNew();
            while (!cancel.IsCancellationRequested)
            {
                try
                {
                    MqttLink link = Open();
                    lock (_gate)
                    {
                        _link = link;
                        _warnedDown = false;
                    }

                    _log("home assistant broker: " + DeviceChannel.ReconnectedStatus);
                    Announce();
                    return;
                }
                catch (OwnerToolException e)
                {
                    if (policy.ShouldWarn(outage.Elapsed))
                    {
                        _log("home assistant broker still unreachable after " + (int)outage.Elapsed.TotalSeconds + " s (" + e.Message.TrimEnd('.')
                            + "); still retrying");
                    }
                }

                cancel.WaitHandle.WaitOne(policy.NextDelay());
            }
        }

        // Configs and states first, then "online": Home Assistant never shows an entity available without its state.
        private void Announce()
        {
            Connected?.Invoke();
            Publish(_topics.Availability, BridgeTopics.Online, true);
        }

        private MqttLink Open()
        {
            MqttLink link = MqttLink.Connect(_settings, _clientId, false, _topics.Availability, Encoding.UTF8.GetBytes(BridgeTopics.Offline));
            try
            {
                link.Subscribe(Deadline.After(_settings.Timeout), _topics.AllCommands, _topics.HomeAssistantStatus);
            }
            catch
            {
                link.Dispose();
                throw;
            }

            return link;
        }
    }
}
