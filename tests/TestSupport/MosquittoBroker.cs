// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading;

namespace TestSupport
{
    /// <summary>
    /// A private mosquitto broker for tests: loopback only (127.0.0.1), a free port, its log in a temporary folder.
    /// By default anonymous and without persistence; <see cref="MosquittoOptions"/> adds persistence (sessions and
    /// queued messages survive <see cref="StopGracefully"/> + <see cref="Start"/>), a password file, TLS on the main
    /// listener and a WebSocket listener. Stop/Start keep the ports, for broker-restart tests.
    /// </summary>
    public sealed class MosquittoBroker : IDisposable
    {
        /// <summary>The only address the broker ever listens on.</summary>
        public const string LoopbackHost = "127.0.0.1";

        private const int StartAttempts = 5;
        private const int ReadyTimeoutMilliseconds = 10000;
        private const int ReadyPollMilliseconds = 50;
        private readonly string _directory;
        private readonly string _configPath;
        private readonly string _logPath;
        private const int SignalTerminate = 15;
        private readonly string _executable;
        private readonly MosquittoOptions _options;
        private readonly string _passwordPath;
        private Process _process;

        /// <summary>Starts a broker on a free loopback port; throws if mosquitto is not installed or will not start.</summary>
        public MosquittoBroker()
            : this(new MosquittoOptions())
        {
        }

        /// <summary>Starts a broker with options (persistence, logins, ACL, TLS, WebSockets) on free loopback ports.</summary>
        /// <param name="options">What the broker offers beyond an anonymous plain listener.</param>
        public MosquittoBroker(MosquittoOptions options)
        {
            _options = options;
            _executable = FindExecutable();
            _directory = Path.Combine(Path.GetTempPath(), "mosquitto-test-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_directory);
            _configPath = Path.Combine(_directory, "mosquitto.conf");
            _logPath = Path.Combine(_directory, "mosquitto.log");
            _passwordPath = Path.Combine(_directory, "passwords");
            if (options.Users.Count > 0)
            {
                WritePasswordFile();
            }

            Exception last = null;
            for (int attempt = 0; attempt < StartAttempts; attempt++)
            {
                Port = PickFreePort();
                WebSocketPort = options.WebSockets ? PickFreePort() : 0;
                PlainPort = options.PlainListener ? PickFreePort() : 0;
                try
                {
                    Start();
                    return;
                }
                catch (InvalidOperationException ex)
                {
                    // Another process took the port between our probe and mosquitto's bind: try another.
                    last = ex;
                }
            }

            Dispose();
            throw new InvalidOperationException("mosquitto did not start after " + StartAttempts + " attempts.", last);
        }

        /// <summary>Host to connect to (always 127.0.0.1).</summary>
        public string Host => LoopbackHost;

        /// <summary>TCP port of the broker.</summary>
        public int Port { get; private set; }

        /// <summary>Port of the extra plain listener (0 without <see cref="MosquittoOptions.PlainListener"/>).</summary>
        public int PlainPort { get; private set; }

        /// <summary>Port of the WebSocket listener (0 without <see cref="MosquittoOptions.WebSockets"/>).</summary>
        public int WebSocketPort { get; private set; }

        /// <summary>Whether the broker process runs.</summary>
        public bool IsRunning => _process != null && !_process.HasExited;

        /// <summary>The broker's log so far (for failure messages).</summary>
        public string ReadLog()
        {
            try
            {
                using FileStream stream = new FileStream(_logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using StreamReader reader = new StreamReader(stream);
                return reader.ReadToEnd();
            }
            catch (IOException)
            {
                return string.Empty;
            }
        }

        /// <summary>Starts the broker on <see cref="Port"/> and waits until it accepts connections.</summary>
        public void Start()
        {
            if (IsRunning)
            {
                return;
            }

            File.WriteAllText(_configPath, string.Join("\n", ConfigLines()));
            ProcessStartInfo info = new ProcessStartInfo(_executable)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(_configPath);
            _process = Process.Start(info);
            _process.OutputDataReceived += (s, e) => { };
            _process.ErrorDataReceived += (s, e) => { };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            Stopwatch waited = Stopwatch.StartNew();
            while (waited.ElapsedMilliseconds < ReadyTimeoutMilliseconds)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException("mosquitto exited at start (code " + _process.ExitCode + "). Log:\n" + ReadLog());
                }

                if (Accepts())
                {
                    return;
                }

                Thread.Sleep(ReadyPollMilliseconds);
            }

            Stop();
            throw new InvalidOperationException("mosquitto did not accept connections on " + LoopbackHost + ":" + Port + ". Log:\n" + ReadLog());
        }

        /// <summary>Kills the broker (clients see their connections drop); the port stays reserved for Start.</summary>
        public void Stop()
        {
            Process process = _process;
            _process = null;
            if (process == null)
            {
                return;
            }

            try
            {
                if (!process.HasExited)
                {
                    process.Kill();
                }

                process.WaitForExit(ReadyTimeoutMilliseconds);
            }
            catch (InvalidOperationException)
            {
                // Already exited.
            }

            process.Dispose();
        }

        /// <summary>
        /// Stops the broker as an administrator would (SIGTERM): with persistence on it writes its database first, so
        /// persistent sessions and the messages queued for them are there again after <see cref="Start"/>.
        /// </summary>
        public void StopGracefully()
        {
            Process process = _process;
            if (process == null)
            {
                return;
            }

            if (!process.HasExited && kill(process.Id, SignalTerminate) == 0 && process.WaitForExit(ReadyTimeoutMilliseconds))
            {
                _process = null;
                process.Dispose();
                return;
            }

            Stop();
        }

        /// <summary>Kills the broker and deletes its folder.</summary>
        public void Dispose()
        {
            Stop();
            try
            {
                Directory.Delete(_directory, true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }

        private List<string> ConfigLines()
        {
            var lines = new List<string> { "listener " + Port + " " + LoopbackHost };
            if (_options.TlsCertificateFile != null)
            {
                lines.Add("certfile " + _options.TlsCertificateFile);
                lines.Add("keyfile " + _options.TlsKeyFile);
            }

            if (_options.PlainListener)
            {
                lines.Add("listener " + PlainPort + " " + LoopbackHost);
            }

            if (_options.WebSockets)
            {
                lines.Add("listener " + WebSocketPort + " " + LoopbackHost);
                lines.Add("protocol websockets");
            }

            bool anonymous = _options.AllowAnonymous && _options.Users.Count == 0;
            lines.Add("allow_anonymous " + (anonymous ? "true" : "false"));
            if (_options.Users.Count > 0)
            {
                // mosquitto_passwd hashed each password into this file (plain text is not accepted).
                lines.Add("password_file " + _passwordPath);
            }

            if (_options.AclText != null)
            {
                string aclPath = Path.Combine(_directory, "acl");
                File.WriteAllText(aclPath, _options.AclText);
                lines.Add("acl_file " + aclPath);
            }

            if (_options.Persistence)
            {
                lines.Add("persistence true");
                lines.Add("persistence_location " + _directory + "/");
            }
            else
            {
                lines.Add("persistence false");
            }

            lines.Add("log_dest file " + _logPath);
            lines.Add("log_type all");
            lines.Add("user " + Environment.UserName);
            lines.Add(string.Empty);
            return lines;
        }

        private void WritePasswordFile()
        {
            string passwd = FindTool("mosquitto_passwd");
            bool first = true;
            foreach (KeyValuePair<string, string> user in _options.Users)
            {
                var info = new ProcessStartInfo(passwd) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
                info.ArgumentList.Add("-b");
                if (first)
                {
                    info.ArgumentList.Add("-c");
                }

                info.ArgumentList.Add(_passwordPath);
                info.ArgumentList.Add(user.Key);
                info.ArgumentList.Add(user.Value);
                using Process p = Process.Start(info);
                string error = p.StandardError.ReadToEnd();
                p.WaitForExit();
                if (p.ExitCode != 0)
                {
                    throw new InvalidOperationException("mosquitto_passwd failed: " + error);
                }

                first = false;
            }
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int kill(int pid, int signal);

        // Every listener must accept: mosquitto binds them one after another, so the first can answer while a later
        // one (the plain or WebSocket listener a test's device uses) is not listening yet.
        private bool Accepts()
        {
            foreach (int port in new[] { Port, PlainPort, WebSocketPort })
            {
                if (port == 0)
                {
                    continue;
                }

                try
                {
                    using TcpClient probe = new TcpClient();
                    probe.Connect(IPAddress.Loopback, port);
                }
                catch (SocketException)
                {
                    return false;
                }
            }

            return true;
        }

        private static int PickFreePort()
        {
            TcpListener listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        private static string FindExecutable()
        {
            const string standard = "/usr/sbin/mosquitto";
            if (File.Exists(standard))
            {
                return standard;
            }

            return FindTool("mosquitto");
        }

        private static string FindTool(string name)
        {
            if (name == "mosquitto_passwd" && File.Exists("/usr/bin/mosquitto_passwd"))
            {
                return "/usr/bin/mosquitto_passwd";
            }

            string path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
            foreach (string folder in path.Split(Path.PathSeparator))
            {
                string candidate = Path.Combine(folder, name);
                if (folder.Length > 0 && File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException("mosquitto is not installed; install it with: sudo apt-get install mosquitto");
        }
    }
}
