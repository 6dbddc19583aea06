// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace LatencyProbe
{
    /// <summary>
    /// A private mosquitto with one extra setting: <c>set_tcp_nodelay true</c>. Mosquitto leaves Nagle on by
    /// default, and a QoS 1 PUBACK followed by a small PUBLISH then waits for the peer's delayed ACK (~40 ms on
    /// Linux); the probe measures both so the protocol's own cost is visible apart from that stall.
    /// </summary>
    public sealed class ProbeBroker : IDisposable
    {
        private readonly string _directory;
        private readonly Process _process;

        /// <summary>Starts the broker on a free loopback port.</summary>
        public ProbeBroker()
        {
            _directory = Path.Combine(Path.GetTempPath(), "okf-probe-broker-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_directory);
            TcpListener listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            string config = Path.Combine(_directory, "mosquitto.conf");
            File.WriteAllText(config, "listener " + Port + " " + Host + "\nallow_anonymous true\npersistence false\nset_tcp_nodelay true\n"
                + "user " + Environment.UserName + "\n");
            string exe = File.Exists("/usr/sbin/mosquitto") ? "/usr/sbin/mosquitto" : "mosquitto";
            ProcessStartInfo info = new ProcessStartInfo(exe) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(config);
            _process = Process.Start(info);
            for (int i = 0; i < 200; i++)
            {
                try
                {
                    using TcpClient probe = new TcpClient();
                    probe.Connect(IPAddress.Loopback, Port);
                    return;
                }
                catch (SocketException)
                {
                    if (_process.HasExited)
                    {
                        break;
                    }

                    Thread.Sleep(50);
                }
            }

            Dispose();
            throw new InvalidOperationException("mosquitto with set_tcp_nodelay did not start: " + _process.StandardError.ReadToEnd());
        }

        /// <summary>Gets the host (127.0.0.1).</summary>
        public string Host => "127.0.0.1";

        /// <summary>Gets the port.</summary>
        public int Port { get; }

        /// <summary>Stops the broker and deletes its folder.</summary>
        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(5000);
            }

            _process.Dispose();
            Directory.Delete(_directory, true);
        }
    }
}
