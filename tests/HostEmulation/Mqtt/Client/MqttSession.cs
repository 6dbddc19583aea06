// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Net.Sockets;
using System.Threading;
using nanoFramework.HostEmulation.Mqtt.Packets;
using nanoFramework.HostEmulation.Mqtt.Protocol;
using nanoFramework.M2Mqtt.Exceptions;

namespace nanoFramework.HostEmulation.Mqtt.Client
{
    /// <summary>
    /// One TCP connection to the broker, from CONNECT to close: the receive thread, the keep-alive thread,
    /// the acknowledgement bookkeeping. A broken or hostile peer only ever ends the session; it never
    /// throws into the caller's thread and never blocks it for longer than a timeout.
    /// </summary>
    internal sealed class MqttSession
    {
        private readonly Socket _socket;
        private readonly IMqttClock _clock;
        private readonly int _maxPacketSize;
        private readonly ISessionOwner _owner;
        private readonly object _sync = new object();
        private readonly object _sendLock = new object();
        private readonly ManualResetEventSlim _connackReceived = new ManualResetEventSlim(false);
        private readonly ManualResetEventSlim _closedEvent = new ManualResetEventSlim(false);
        private KeepAliveTimer _keepAlive;
        private ConnackPacket _connack;
        private bool _established;
        private bool _closed;

        internal MqttSession(Socket socket, IMqttClock clock, int maxPacketSize, ISessionOwner owner)
        {
            _socket = socket;
            _clock = clock;
            _maxPacketSize = maxPacketSize;
            _owner = owner;
            Events = new EventDispatcher("MQTT events");
        }

        internal EventDispatcher Events { get; }

        internal AckTracker Acks { get; } = new AckTracker();

        internal bool IsOpen
        {
            get
            {
                lock (_sync)
                {
                    return !_closed;
                }
            }
        }

        /// <summary>Sends CONNECT and waits for CONNACK; throws MqttCommunicationException on timeout or close.</summary>
        internal ConnackPacket Handshake(ConnectPacket connect, int timeoutMilliseconds)
        {
            lock (_sync)
            {
                _keepAlive = new KeepAliveTimer(connect.KeepAliveSeconds, _clock.NowMilliseconds);
            }

            new Thread(ReceiveLoop) { IsBackground = true, Name = "MQTT receive" }.Start();
            Send(connect.Encode());
            bool answered = _connackReceived.Wait(timeoutMilliseconds);
            ConnackPacket connack;
            lock (_sync)
            {
                // A refusing server sends CONNACK and closes at once ([MQTT-3.2.2-5]): the close may be seen
                // before this line runs, and the refusal code still counts.
                connack = _connack;
                if (answered && connack != null && connack.ReturnCode == 0 && !_closed)
                {
                    _established = true;
                }
            }

            if (connack == null || (connack.ReturnCode == 0 && !_established))
            {
                Close(false);
                throw new MqttCommunicationException();
            }

            if (connack.ReturnCode != 0)
            {
                // [MQTT-3.2.2-5]: the server closes after a refusal; so do we.
                Close(false);
            }
            else if (connect.KeepAliveSeconds > 0)
            {
                new Thread(KeepAliveLoop) { IsBackground = true, Name = "MQTT keep-alive" }.Start();
            }

            return connack;
        }

        /// <summary>Writes one packet; a failure closes the session and throws MqttCommunicationException.</summary>
        internal void Send(byte[] packet)
        {
            if (!IsOpen)
            {
                throw new MqttCommunicationException(new ObjectDisposedException("MQTT connection", "The connection is closed."));
            }

            try
            {
                lock (_sendLock)
                {
                    int sent = 0;
                    while (sent < packet.Length)
                    {
                        sent += _socket.Send(packet, sent, packet.Length - sent, SocketFlags.None);
                    }
                }

                lock (_sync)
                {
                    _keepAlive?.OnPacketSent(_clock.NowMilliseconds);
                }
            }
            catch (Exception ex) when (ex is SocketException || ex is ObjectDisposedException)
            {
                Close(false);
                throw new MqttCommunicationException(ex);
            }
        }

        /// <summary>Ends the session once: optional DISCONNECT, socket closed, pending publishes failed, ConnectionClosed queued.</summary>
        internal void Close(bool sendDisconnect)
        {
            ushort[] unacknowledged;
            bool established;
            lock (_sync)
            {
                if (_closed)
                {
                    return;
                }

                if (sendDisconnect)
                {
                    TrySendQuietly(new DisconnectPacket().Encode());
                }

                _closed = true;
                established = _established;
                unacknowledged = Acks.TakeAllOutbound();
            }

            try
            {
                _socket.Shutdown(SocketShutdown.Both);
            }
            catch (Exception ex) when (ex is SocketException || ex is ObjectDisposedException)
            {
                // Already gone: closing is all that is left to do.
            }

            _socket.Close();
            _closedEvent.Set();
            _connackReceived.Set();
            for (int i = 0; i < unacknowledged.Length; i++)
            {
                _owner.OnPublished(this, unacknowledged[i], false);
            }

            _owner.OnSessionClosed(this, established);
        }

        private void TrySendQuietly(byte[] packet)
        {
            try
            {
                lock (_sendLock)
                {
                    _socket.Send(packet);
                }
            }
            catch (Exception ex) when (ex is SocketException || ex is ObjectDisposedException)
            {
                // The clean goodbye is best effort: the socket is closed next anyway.
            }
        }

        private void ReceiveLoop()
        {
            byte[] buffer = new byte[MqttLimits.ReceiveChunkSize];
            int filled = 0;
            while (true)
            {
                int start = 0;
                while (true)
                {
                    FrameStatus status = FrameHeader.TryRead(buffer, start, filled - start, _maxPacketSize, out FrameHeader header);
                    if (status == FrameStatus.Complete)
                    {
                        if (!PacketHandler.Handle(this, buffer, start, header))
                        {
                            Close(false); // [MQTT-4.8.0-1]: a protocol violation closes the connection.
                            return;
                        }

                        start += header.FrameLength;
                        continue;
                    }

                    if (status != FrameStatus.Incomplete)
                    {
                        Close(false);
                        return;
                    }

                    if (header.FrameLength > buffer.Length)
                    {
                        Array.Resize(ref buffer, header.FrameLength);
                    }

                    break;
                }

                Array.Copy(buffer, start, buffer, 0, filled - start);
                filled -= start;
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Min(buffer.Length * 2, _maxPacketSize));
                }

                int read;
                try
                {
                    read = _socket.Receive(buffer, filled, buffer.Length - filled, SocketFlags.None);
                }
                catch (Exception ex) when (ex is SocketException || ex is ObjectDisposedException)
                {
                    read = 0;
                }

                if (read <= 0)
                {
                    Close(false);
                    return;
                }

                filled += read;
            }
        }

        private void KeepAliveLoop()
        {
            while (!_closedEvent.IsSet)
            {
                KeepAliveAction action;
                long wait;
                lock (_sync)
                {
                    long now = _clock.NowMilliseconds;
                    action = _keepAlive.Poll(now);
                    wait = Math.Min(_keepAlive.MillisecondsUntilDue(now), MqttLimits.KeepAliveMaxPollMilliseconds);
                }

                if (action == KeepAliveAction.ConnectionLost)
                {
                    Close(false);
                    return;
                }

                if (action == KeepAliveAction.SendPing)
                {
                    // Marked before sending: the PINGRESP can arrive before Send returns.
                    lock (_sync)
                    {
                        _keepAlive.OnPingSent(_clock.NowMilliseconds);
                    }

                    try
                    {
                        Send(new PingreqPacket().Encode());
                    }
                    catch (MqttCommunicationException)
                    {
                        return;
                    }

                    continue;
                }

                _closedEvent.Wait((int)Math.Max(wait, 1));
            }
        }

        // Called by PacketHandler on the receive thread.
        internal ISessionOwner Owner => _owner;

        internal object Sync => _sync;

        internal bool HasConnack => _connack != null;

        internal void OnConnack(ConnackPacket connack)
        {
            lock (_sync)
            {
                _connack = connack;
            }

            _connackReceived.Set();
        }

        internal void OnPingResponse()
        {
            lock (_sync)
            {
                _keepAlive.OnPingResponse();
            }

            _owner.OnPingResponse();
        }
    }
}
