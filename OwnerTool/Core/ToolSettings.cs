// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;

namespace OwnerTool.Core
{
    /// <summary>The global options: broker address, key file and timeout.</summary>
    public sealed class ToolSettings
    {
        /// <summary>Default broker host.</summary>
        public const string DefaultHost = "127.0.0.1";

        /// <summary>Default broker port.</summary>
        public const int DefaultPort = 1883;

        /// <summary>Gets or sets the broker host.</summary>
        public string BrokerHost { get; set; } = DefaultHost;

        /// <summary>Gets or sets the broker port.</summary>
        public int BrokerPort { get; set; } = DefaultPort;

        /// <summary>Gets or sets the key file path.</summary>
        public string KeyFile { get; set; } = KeyStore.DefaultPath;

        /// <summary>Gets or sets where the passphrase of a protected key file comes from (null: protected files are refused).</summary>
        public Func<string> Passphrase { get; set; }

        /// <summary>Gets or sets how long to wait for the device (nonce, each result).</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>Parses "host:port" (or "host", port 1883).</summary>
        /// <param name="text">The text.</param>
        /// <param name="host">Host.</param>
        /// <param name="port">Port.</param>
        /// <returns>False when malformed.</returns>
        public static bool TryParseBroker(string text, out string host, out int port)
        {
            host = null;
            port = DefaultPort;
            if (string.IsNullOrWhiteSpace(text))
            {
                return false;
            }

            int colon = text.LastIndexOf(':');
            if (colon < 0)
            {
                host = text;
                return true;
            }

            host = text.Substring(0, colon);
            return host.Length > 0 && int.TryParse(text.Substring(colon + 1), out port) && port > 0 && port < 65536;
        }
    }
}
