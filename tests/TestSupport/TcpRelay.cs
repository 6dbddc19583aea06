// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace TestSupport
{
    /// <summary>
    /// A loopback TCP relay in front of a broker that a test can cut and restore, as a phone's network comes and goes:
    /// <see cref="Cut"/> drops every relayed connection and turns new ones away until <see cref="Restore"/>. It lets a
    /// test decide exactly when one client is away, instead of racing that client's reconnect timer.
    /// </summary>
    public sealed class TcpRelay : IDisposable
    {
        private readonly TcpListener _listener;
        private readonly int _targetPort;
        private readonly List<TcpClient> _open = new List<TcpClient>();
        private readonly Thread _acceptor;
        private volatile bool _cut;
        private volatile bool _disposed;

        /// <summary>Starts relaying a free loopback port to 127.0.0.1:<paramref name="targetPort"/>.</summary>
        /// <param name="targetPort">The broker's port.</param>
        public TcpRelay(int targetPort)
        {
            _targetPort = targetPort;
            _listener = new TcpListener(IPAddress.Loopback, 0);
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            _acceptor = new Thread(Accept) { IsBackground = true, Name = "tcp relay" };
            _acceptor.Start();
        }

        /// <summary>Gets the port clients connect to.</summary>
        public int Port { get; }

        /// <summary>Gets how many connections the relay accepted while not cut.</summary>
        public int Connections { get; private set; }

        /// <summary>Drops every relayed connection now and refuses new ones until <see cref="Restore"/>.</summary>
        public void Cut()
        {
            _cut = true;
            CloseAll();
        }

        /// <summary>Relays new connections again.</summary>
        public void Restore()
        {
            _cut = false;
        }

        /// <summary>Stops the relay.</summary>
        public void Dispose()
        {
            _disposed = true;
            _listener.Stop();
            CloseAll();
        }

        private void Accept()
        {
            while (!_disposed)
            {
                TcpClient client;
                try
                {
                    client = _listener.AcceptTcpClient();
                }
                catch (SocketException)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }

                if (_cut)
                {
                    client.Close();
                    continue;
                }

                TcpClient upstream = new TcpClient();
                try
                {
                    upstream.Connect(IPAddress.Loopback, _targetPort);
                }
                catch (SocketException)
                {
                    client.Close();
                    upstream.Close();
                    continue;
                }

                lock (_open)
                {
                    _open.Add(client);
                    _open.Add(upstream);
                    Connections++;
                }

                Pump(client, upstream);
                Pump(upstream, client);
            }
        }

        private void Pump(TcpClient from, TcpClient to)
        {
            var thread = new Thread(() =>
            {
                byte[] buffer = new byte[16384];
                try
                {
                    NetworkStream input = from.GetStream();
                    NetworkStream output = to.GetStream();
                    int n;
                    while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        output.Write(buffer, 0, n);
                    }
                }
                catch (Exception e) when (e is System.IO.IOException || e is ObjectDisposedException || e is InvalidOperationException)
                {
                    // Cut, or one side closed: close both below.
                }

                from.Close();
                to.Close();
            }) { IsBackground = true, Name = "tcp relay pump" };
            thread.Start();
        }

        private void CloseAll()
        {
            lock (_open)
            {
                foreach (TcpClient c in _open)
                {
                    c.Close();
                }

                _open.Clear();
            }
        }
    }
}
