// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace OwnerTool.Core
{
    /// <summary>
    /// The global options: broker address and transport (TCP or WebSocket, with or without TLS), broker login, key
    /// file and timeout. The broker is untrusted with the door either way; TLS and a login keep strangers off it.
    /// </summary>
    public sealed class ToolSettings
    {
        /// <summary>Default broker host.</summary>
        public const string DefaultHost = "127.0.0.1";

        /// <summary>Default broker port.</summary>
        public const int DefaultPort = 1883;

        /// <summary>Default port of MQTT over TLS.</summary>
        public const int DefaultTlsPort = 8883;

        /// <summary>Gets or sets the broker host.</summary>
        public string BrokerHost { get; set; } = DefaultHost;

        /// <summary>Gets or sets the broker port.</summary>
        public int BrokerPort { get; set; } = DefaultPort;

        /// <summary>Gets or sets a value indicating whether the connection uses TLS (mqtts://, wss://, --ca).</summary>
        public bool UseTls { get; set; }

        /// <summary>Gets or sets the WebSocket path (ws:// or wss://), or null for plain MQTT over TCP.</summary>
        public string WebSocketPath { get; set; }

        /// <summary>Gets or sets a PEM file with the CA certificate(s) the broker's certificate must chain to; null: the system store.</summary>
        public string CaFile { get; set; }

        /// <summary>Gets or sets the broker user name, or null for none.</summary>
        public string UserName { get; set; }

        /// <summary>Gets or sets the broker password, or null for none.</summary>
        public string Password { get; set; }

        /// <summary>Gets or sets the key file path.</summary>
        public string KeyFile { get; set; } = KeyStore.DefaultPath;

        /// <summary>Gets or sets where the passphrase of a protected key file comes from (null: protected files are refused).</summary>
        public Func<string> Passphrase { get; set; }

        /// <summary>Gets or sets how long to wait for the device (nonce, each result).</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>Gets the broker as a URI for messages (never with the password).</summary>
        public string BrokerDisplay
        {
            get
            {
                string scheme = WebSocketPath != null ? (UseTls ? "wss" : "ws") : (UseTls ? "mqtts" : "mqtt");
                string host = BrokerHost.Contains(':') ? "[" + BrokerHost + "]" : BrokerHost;
                return scheme + "://" + host + ":" + BrokerPort + (WebSocketPath ?? string.Empty);
            }
        }

        /// <summary>Parses "host:port" (or "host", port 1883).</summary>
        /// <param name="text">The text.</param>
        /// <param name="host">Host.</param>
        /// <param name="port">Port.</param>
        /// <returns>False when malformed.</returns>
        public static bool TryParseBroker(string text, out string host, out int port)
        {
            var settings = new ToolSettings();
            bool ok = settings.TrySetBroker(text);
            host = ok ? settings.BrokerHost : null;
            port = ok ? settings.BrokerPort : DefaultPort;
            return ok;
        }

        /// <summary>
        /// Sets the broker from "host", "host:port" or a URI: mqtt://host[:1883], mqtts://host[:8883],
        /// ws://host[:80]/path, wss://host[:443]/path.
        /// </summary>
        /// <param name="text">The text.</param>
        /// <returns>False when malformed (nothing changed).</returns>
        public bool TrySetBroker(string text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return false;
            }

            if (!text.Contains("://", StringComparison.Ordinal))
            {
                return TrySetHostPort(text);
            }

            if (!Uri.TryCreate(text, UriKind.Absolute, out Uri uri) || uri.Host.Length == 0 || !string.IsNullOrEmpty(uri.UserInfo))
            {
                // A password in the URI would show in the process list: the login has its own options.
                return false;
            }

            bool tls;
            bool web;
            switch (uri.Scheme)
            {
                case "mqtt": tls = false; web = false; break;
                case "mqtts": tls = true; web = false; break;
                case "ws": tls = false; web = true; break;
                case "wss": tls = true; web = true; break;
                default: return false;
            }

            int port = uri.IsDefaultPort || uri.Port < 0 ? DefaultPortOf(uri.Scheme) : uri.Port;
            BrokerHost = uri.Host.Trim('[', ']');
            BrokerPort = port;
            UseTls = tls;
            WebSocketPath = web ? uri.PathAndQuery : null;
            return true;
        }

        private bool TrySetHostPort(string text)
        {
            int colon = text.LastIndexOf(':');
            if (colon < 0)
            {
                BrokerHost = text;
                BrokerPort = DefaultPort;
                return true;
            }

            string host = text.Substring(0, colon);
            if (host.Length == 0 || !int.TryParse(text.Substring(colon + 1), out int port) || port <= 0 || port >= 65536)
            {
                return false;
            }

            BrokerHost = host;
            BrokerPort = port;
            return true;
        }

        private static int DefaultPortOf(string scheme)
        {
            switch (scheme)
            {
                case "mqtts": return DefaultTlsPort;
                case "ws": return 80;
                case "wss": return 443;
                default: return DefaultPort;
            }
        }
    }
}
