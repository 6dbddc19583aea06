// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Text;
using System.Security.Cryptography.X509Certificates;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using Shared.Crypto.Primitives;
using Shared.Runtime.Platform;

namespace Shared.Runtime.Network
{
    /// <summary>
    /// <see cref="IMessageTransport"/> over nanoFramework.M2Mqtt (MQTT 3.1.1). Connects with a retained
    /// "offline" last will on the status topic, publishes a retained "online", subscribes, and after a lost
    /// connection reconnects with exponential back-off and jitter from the hardware RNG. A fresh MqttClient is
    /// made per attempt so a half-closed socket never lingers.
    /// </summary>
    public sealed class MqttTransport : IMessageTransport
    {
        /// <summary>Keep-alive announced to the broker, seconds.</summary>
        public const ushort KeepAliveSeconds = 30;

        /// <summary>First reconnect delay ceiling, milliseconds.</summary>
        public const int InitialBackoffMs = 1000;

        /// <summary>Largest reconnect delay, milliseconds.</summary>
        public const int MaxBackoffMs = 60000;

        private static readonly byte[] Online = Encoding.UTF8.GetBytes("online");

        private readonly string _host;
        private readonly int _port;
        private readonly bool _tls;
        private readonly string _user;
        private readonly string _password;
        private readonly X509Certificate _ca;
        private readonly IRandomSource _random;
        private readonly ILog _log;
        private readonly ReconnectBackoff _backoff = new ReconnectBackoff(InitialBackoffMs, MaxBackoffMs);
        private readonly byte[] _jitter = new byte[2];
        private readonly object _sendLock = new object();

        // Guards _client/_connected/_lost: the client's own thread reports a close at any moment, even while
        // Poll is still finishing the connect, and the sink must hear up/down in the order they happened.
        private readonly object _stateLock = new object();
        private MqttClient _client;
        private string _clientId;
        private string _statusTopic;
        private string[] _topics;
        private IInboundSink _sink;
        private long _nextAttemptAt;
        private bool _connected;
        private bool _stopped;
        private bool _lost;

        /// <summary>Creates the transport without broker credentials; nothing happens until <see cref="Start"/>.</summary>
        /// <param name="host">Broker host.</param>
        /// <param name="port">Broker port.</param>
        /// <param name="tls">Use TLS 1.2.</param>
        /// <param name="random">Jitter source.</param>
        /// <param name="log">Console.</param>
        public MqttTransport(string host, int port, bool tls, IRandomSource random, ILog log)
            : this(host, port, tls, null, null, null, random, log)
        {
        }

        /// <summary>Creates the transport; nothing happens until <see cref="Start"/> and <see cref="Poll"/>.</summary>
        /// <param name="host">Broker host.</param>
        /// <param name="port">Broker port.</param>
        /// <param name="tls">Use TLS 1.2 (M2Mqtt then verifies the broker's certificate).</param>
        /// <param name="user">Broker user name, or null/empty for none.</param>
        /// <param name="password">Broker password, or null/empty for none (never logged).</param>
        /// <param name="ca">
        /// CA certificate the broker's certificate must chain to, or null to use the one deployed with
        /// <c>nanoff --networkdeployment</c>.
        /// </param>
        /// <param name="random">Jitter source.</param>
        /// <param name="log">Console.</param>
        public MqttTransport(string host, int port, bool tls, string user, string password, X509Certificate ca,
            IRandomSource random, ILog log)
        {
            _host = host;
            _port = port;
            _tls = tls;
            // The real client leaves an empty user name or password out of CONNECT; null says the same here.
            _user = user == null || user.Length == 0 ? null : user;
            _password = password == null || password.Length == 0 ? null : password;
            _ca = ca;
            _random = random;
            _log = log;
        }

        /// <summary>Gets how many connection attempts failed since the last success.</summary>
        public int Failures
        {
            get { return _backoff.Failures; }
        }

        /// <inheritdoc/>
        public bool IsConnected
        {
            get { return _connected; }
        }

        /// <inheritdoc/>
        public void Start(string clientId, string statusTopic, string[] topics, IInboundSink sink)
        {
            _clientId = clientId;
            _statusTopic = statusTopic;
            _topics = topics;
            _sink = sink;
            _stopped = false;
        }

        /// <inheritdoc/>
        public void Poll(long nowMs)
        {
            if (_stopped || _sink == null || _connected)
            {
                return;
            }

            if (_lost)
            {
                // After a broker restart every device reconnects: a jittered first delay spreads them out.
                _lost = false;
                _nextAttemptAt = MonotonicTime.After(nowMs, NextDelay());
                return;
            }

            if (!MonotonicTime.IsDue(nowMs, _nextAttemptAt))
            {
                return;
            }

            MqttClient client = TryConnect();
            if (client != null)
            {
                lock (_stateLock)
                {
                    // A close reported during the connect already cleared _client and set _lost: not up.
                    if (_client == client)
                    {
                        _backoff.Reset();
                        _connected = true;
                        _log.WriteLine("mqtt: connected to " + _host + ":" + _port.ToString());
                        _sink.OnConnectionChanged(true);
                    }
                }

                return;
            }

            int delay = NextDelay();
            _nextAttemptAt = MonotonicTime.After(nowMs, delay);
            _log.WriteLine("mqtt: connect to " + _host + ":" + _port.ToString() + " failed; retry in "
                + delay.ToString() + " ms");
        }

        /// <inheritdoc/>
        public bool Publish(string topic, byte[] payload, int count, bool retain)
        {
            MqttClient client = _client;
            if (!_connected || client == null)
            {
                return false;
            }

            byte[] exact = payload;
            if (count != payload.Length)
            {
                exact = new byte[count];
                Array.Copy(payload, exact, count);
            }

            try
            {
                lock (_sendLock)
                {
                    // Results and events at QoS 1: the broker keeps them for an owner's persistent session while the
                    // owner is away (QoS 0 would be dropped). The retained nonce only ever matters in its newest copy.
                    client.Publish(topic, exact, null, null, retain ? MqttQoSLevel.AtMostOnce : MqttQoSLevel.AtLeastOnce, retain);
                }

                return true;
            }
            catch (Exception ex)
            {
                _log.WriteLine("mqtt: publish failed: " + ex.Message);
                return false;
            }
        }

        /// <inheritdoc/>
        public void Stop()
        {
            _stopped = true;
            MqttClient client;
            lock (_stateLock)
            {
                client = _client;
                _client = null;
                _connected = false;
            }

            if (client != null)
            {
                try
                {
                    client.Disconnect();
                }
                catch (Exception)
                {
                    // Already gone: nothing to close.
                }
            }
        }

        // Returns the connected client, or null. _client is set before Connect so that a close raised on the
        // client's thread at any point of the attempt is seen by OnConnectionClosed, not dropped as a stale one.
        private MqttClient TryConnect()
        {
            MqttClient client = null;
            if (_tls && !TlsDiagnosis.IsClockSet(DateTime.UtcNow))
            {
                // The broker's certificate cannot be checked against an unset clock (1970): the handshake would
                // fail. SNTP sets the clock shortly after Wi-Fi is up; until then no attempt is made.
                _log.WriteLine(TlsDiagnosis.ClockNotSet(DateTime.UtcNow));
                return null;
            }

            try
            {
                client = new MqttClient(_host, _port, _tls, _ca, null, _tls ? MqttSslProtocols.TLSv1_2 : MqttSslProtocols.None);
                client.ProtocolVersion = MqttProtocolVersion.Version_3_1_1;
                client.MqttMsgPublishReceived += OnPublishReceived;
                client.ConnectionClosed += OnConnectionClosed;
                lock (_stateLock)
                {
                    _client = client;
                }

                MqttReasonCode code = client.Connect(_clientId, _user, _password, true, MqttQoSLevel.AtLeastOnce, true,
                    _statusTopic, "offline", true, KeepAliveSeconds);
                if (code != MqttReasonCode.Success || !client.IsConnected)
                {
                    _log.WriteLine("mqtt: broker refused the connection, code " + ((int)code).ToString()
                        + TlsDiagnosis.RefusalHint(code, _user != null));
                    Forget(client);
                    Close(client);
                    return null;
                }

                MqttQoSLevel[] qos = new MqttQoSLevel[_topics.Length];
                for (int i = 0; i < qos.Length; i++)
                {
                    qos[i] = MqttQoSLevel.AtLeastOnce;
                }

                client.Subscribe(_topics, qos);
                lock (_sendLock)
                {
                    client.Publish(_statusTopic, Online, null, null, MqttQoSLevel.AtLeastOnce, true);
                }

                return client;
            }
            catch (Exception ex)
            {
                _log.WriteLine(_tls ? TlsDiagnosis.ConnectFailed(_host, _port, ex, _ca != null) : "mqtt: " + ex.Message);
                Forget(client);
                Close(client);
                return null;
            }
        }

        private void Forget(MqttClient client)
        {
            lock (_stateLock)
            {
                if (_client == client)
                {
                    _client = null;
                }
            }
        }

        private void OnPublishReceived(object sender, MqttMsgPublishEventArgs e)
        {
            IInboundSink sink = _sink;
            if (sink != null && sender == _client)
            {
                sink.OnMessage(e.Topic, e.Message, e.Retain);
            }
        }

        private void OnConnectionClosed(object sender, EventArgs e)
        {
            lock (_stateLock)
            {
                if (sender == null || sender != _client)
                {
                    return;
                }

                bool wasUp = _connected;
                _client = null;
                _connected = false;
                _lost = true;
                _log.WriteLine("mqtt: connection lost");
                IInboundSink sink = _sink;
                if (sink != null && wasUp)
                {
                    // Under the lock, so a late "up" from Poll can never overtake this "down".
                    sink.OnConnectionChanged(false);
                }
            }
        }

        private int NextDelay()
        {
            _random.NextBytes(_jitter);
            return _backoff.NextDelay((_jitter[0] << 8) | _jitter[1]);
        }

        private static void Close(MqttClient client)
        {
            if (client == null)
            {
                return;
            }

            try
            {
                client.Close();
            }
            catch (Exception)
            {
                // A failed attempt's socket may already be gone.
            }
        }
    }
}
