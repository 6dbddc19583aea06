// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Threading;
using Shared.Crypto.Protocol;
using Shared.Runtime.Network;

namespace Shared.Runtime.Device
{
    /// <summary>The runtime's threads and its side of the transport.</summary>
    public sealed partial class DeviceRuntime
    {
        /// <summary>Subscribes through the transport and starts the network, command and supervisor threads.</summary>
        public void Start()
        {
            if (_running)
            {
                return;
            }

            _running = true;
            StartTransport();
            new Thread(NetworkLoop).Start();
            new Thread(CommandLoop).Start();
            _supervisor.Start();
        }

        /// <summary>Stops the threads and closes the transport (virtual devices and tests; the device never stops).</summary>
        public void Stop()
        {
            _running = false;
            _supervisor.Stop();
            _platform.Transport.Stop();
            _wake.Set();
        }

        /// <summary>Connects the transport to this runtime's topics (tests call it instead of <see cref="Start"/>).</summary>
        public void StartTransport()
        {
            _transportStarted = true;
            string[] topics = new string[] { _commandTopic, _pairingRequestTopic };
            _platform.Transport.Start(_clientId, _statusTopic, topics, this);
        }

        /// <inheritdoc/>
        public void OnMessage(string topic, byte[] payload, bool retained)
        {
            InboundKind kind = topic == _commandTopic ? InboundKind.Command
                : (topic == _pairingRequestTopic ? InboundKind.PairingRequest : InboundKind.Unknown);
            if (kind != InboundKind.Unknown)
            {
                _inbound.TryEnqueue(kind, payload, retained);
                _wake.Set();
            }
        }

        /// <inheritdoc/>
        public void OnConnectionChanged(bool connected)
        {
            _connected = connected;
            if (connected)
            {
                // A fresh session: the nonce is published again even if the broker lost its retained copy.
                _announce = true;
            }

            _wake.Set();
        }

        private void NetworkLoop()
        {
            int slot = _supervisor.Register("network", NetworkLoopTimeoutMs);
            while (_running)
            {
                _supervisor.Beat(slot);
                _platform.Transport.Poll(_platform.Clock.NowMilliseconds);
                Thread.Sleep(200);
            }
        }

        private void CommandLoop()
        {
            int slot = _supervisor.Register("commands", CommandLoopTimeoutMs);
            while (_running)
            {
                _supervisor.Beat(slot);
                try
                {
                    Service(_platform.Clock.NowMilliseconds);
                }
                catch (System.Exception ex)
                {
                    // One bad step must not end the thread: the supervisor would reboot the device for it.
                    _log.WriteLine("runtime: service failed: " + ex.Message);
                }

                _wake.WaitOne(250, false);
            }
        }
    }
}
