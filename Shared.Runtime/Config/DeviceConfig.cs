// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Text;
using Shared.Crypto.Storage;
using Shared.Runtime.Platform;

namespace Shared.Runtime.Config
{
    /// <summary>
    /// What differs between two installations of the same firmware: Wi-Fi, broker, device name. Compile-time
    /// defaults (Board/DeviceDefaults.cs of each firmware) are overridden by <c>config.txt</c> in the storage root,
    /// a small text file of <c>key=value</c> lines (<c>#</c> starts a comment). There is never a default password.
    /// </summary>
    public sealed class DeviceConfig
    {
        /// <summary>File name of the configuration in the storage root.</summary>
        public const string FileName = "config.txt";

        /// <summary>Largest configuration file read (bytes): a bigger one is refused, not truncated.</summary>
        public const int MaxFileSize = 2048;

        /// <summary>Default MQTT port without TLS.</summary>
        public const int DefaultPort = 1883;

        /// <summary>Wi-Fi network name (empty: no Wi-Fi step, for the PC or a wired board).</summary>
        public string WifiSsid = string.Empty;

        /// <summary>Wi-Fi password (empty for an open network).</summary>
        public string WifiPassword = string.Empty;

        /// <summary>Broker host name or address.</summary>
        public string BrokerHost = string.Empty;

        /// <summary>Broker TCP port.</summary>
        public int BrokerPort = DefaultPort;

        /// <summary>Whether the broker connection uses TLS.</summary>
        public bool BrokerTls;

        /// <summary>Broker user name (empty: connect without credentials). The broker's ACL keys on it.</summary>
        public string BrokerUser = string.Empty;

        /// <summary>Broker password (empty: none). Never logged.</summary>
        public string BrokerPassword = string.Empty;

        /// <summary>
        /// With TLS: file name (in the storage root, I:\ on the device) of a PEM CA certificate the broker's certificate must chain
        /// to; empty uses the CA certificate deployed with <c>nanoff --networkdeployment</c>.
        /// </summary>
        public string BrokerCaPath = string.Empty;

        /// <summary>Human-readable device name (console, MQTT client id suffix).</summary>
        public string DeviceName = string.Empty;

        /// <summary>Device kind shown in the pairing URI ("garage", "doorbell").</summary>
        public string DeviceKind = string.Empty;

        /// <summary>Copies every field from another configuration.</summary>
        /// <param name="other">The source.</param>
        public void CopyFrom(DeviceConfig other)
        {
            WifiSsid = other.WifiSsid;
            WifiPassword = other.WifiPassword;
            BrokerHost = other.BrokerHost;
            BrokerPort = other.BrokerPort;
            BrokerTls = other.BrokerTls;
            BrokerUser = other.BrokerUser;
            BrokerPassword = other.BrokerPassword;
            BrokerCaPath = other.BrokerCaPath;
            DeviceName = other.DeviceName;
            DeviceKind = other.DeviceKind;
        }

        /// <summary>Encodes the configuration as the text of <c>config.txt</c>.</summary>
        /// <returns>The text, one <c>key=value</c> per line.</returns>
        public string Encode()
        {
            return "wifi.ssid=" + WifiSsid + "\n"
                + "wifi.password=" + WifiPassword + "\n"
                + "broker.host=" + BrokerHost + "\n"
                + "broker.port=" + BrokerPort.ToString() + "\n"
                + "broker.tls=" + (BrokerTls ? "true" : "false") + "\n"
                + "broker.user=" + BrokerUser + "\n"
                + "broker.password=" + BrokerPassword + "\n"
                + "broker.ca=" + BrokerCaPath + "\n"
                + "device.name=" + DeviceName + "\n"
                + "device.kind=" + DeviceKind + "\n";
        }

        /// <summary>
        /// Applies the lines of a configuration text over the current values. Every bad line is reported on
        /// <paramref name="log"/> with its number and skipped; good lines still apply.
        /// </summary>
        /// <param name="text">The file's text.</param>
        /// <param name="log">Where error lines go (may be null).</param>
        /// <returns>The number of bad lines (0: all applied).</returns>
        public int TryParse(string text, ILog log)
        {
            if (text == null)
            {
                return 0;
            }

            int errors = 0;
            string[] lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                string problem = ApplyLine(line);
                if (problem != null)
                {
                    errors++;
                    Report(log, "config: line " + (i + 1).ToString() + ": " + problem);
                }
            }

            return errors;
        }

        /// <summary>Checks that the configuration can run; reports each missing or bad value.</summary>
        /// <param name="log">Where error lines go (may be null).</param>
        /// <returns>True when the broker is set and every value is in range.</returns>
        public bool Validate(ILog log)
        {
            bool ok = true;
            if (BrokerHost.Length == 0)
            {
                Report(log, "config: broker.host is not set (edit Board/DeviceDefaults.cs or put it in config.txt)");
                ok = false;
            }

            if (BrokerPort < 1 || BrokerPort > 65535)
            {
                Report(log, "config: broker.port must be 1-65535");
                ok = false;
            }

            if (BrokerPassword.Length > 0 && BrokerUser.Length == 0)
            {
                // MQTT 3.1.1 allows no password without a user name ([MQTT-3.1.2-22]).
                Report(log, "config: broker.password needs broker.user");
                ok = false;
            }

            if (BrokerCaPath.Length > 0 && !BrokerTls)
            {
                Report(log, "config: broker.ca is set but broker.tls is false");
                ok = false;
            }

            if (WifiSsid.Length > 32)
            {
                Report(log, "config: wifi.ssid is longer than 32 characters");
                ok = false;
            }

            if (WifiPassword.Length > 0 && WifiPassword.Length < 8)
            {
                Report(log, "config: wifi.password must be empty (open network) or 8-63 characters");
                ok = false;
            }

            return ok;
        }

        /// <summary>
        /// Reads <c>config.txt</c> from the storage root (when present) over the current values.
        /// </summary>
        /// <param name="medium">The storage root.</param>
        /// <param name="log">Where error lines go (may be null).</param>
        /// <returns>The number of bad lines, or -1 when the file is too large or unreadable; 0 when absent.</returns>
        public int Load(IStorageMedium medium, ILog log)
        {
            int length = medium.Length(FileName);
            if (length < 0)
            {
                return 0;
            }

            if (length > MaxFileSize)
            {
                Report(log, "config: " + FileName + " is larger than " + MaxFileSize.ToString() + " bytes; ignored");
                return -1;
            }

            byte[] bytes = new byte[length];
            int read = medium.Read(FileName, bytes, 0, length);
            if (read < 0)
            {
                Report(log, "config: " + FileName + " could not be read; ignored");
                return -1;
            }

            string text;
            try
            {
                text = Encoding.UTF8.GetString(bytes, 0, read);
            }
            catch (System.Exception)
            {
                Report(log, "config: " + FileName + " is not UTF-8 text; ignored");
                return -1;
            }

            return TryParse(text, log);
        }

        private string ApplyLine(string line)
        {
            int eq = line.IndexOf('=');
            if (eq <= 0)
            {
                return "expected key=value";
            }

            string key = line.Substring(0, eq).Trim().ToLower();
            string value = line.Substring(eq + 1).Trim();
            if (key == "wifi.ssid")
            {
                WifiSsid = value;
            }
            else if (key == "wifi.password")
            {
                WifiPassword = value;
            }
            else if (key == "broker.host")
            {
                BrokerHost = value;
            }
            else if (key == "broker.port")
            {
                int port;
                if (!int.TryParse(value, out port) || port < 1 || port > 65535)
                {
                    return "broker.port must be a number 1-65535";
                }

                BrokerPort = port;
            }
            else if (key == "broker.tls")
            {
                string v = value.ToLower();
                if (v != "true" && v != "false")
                {
                    return "broker.tls must be true or false";
                }

                BrokerTls = v == "true";
            }
            else if (key == "broker.user")
            {
                BrokerUser = value;
            }
            else if (key == "broker.password")
            {
                BrokerPassword = value;
            }
            else if (key == "broker.ca")
            {
                BrokerCaPath = value;
            }
            else if (key == "device.name")
            {
                DeviceName = value;
            }
            else if (key == "device.kind")
            {
                DeviceKind = value;
            }
            else
            {
                return "unknown key '" + key + "'";
            }

            return null;
        }

        private static void Report(ILog log, string line)
        {
            if (log != null)
            {
                log.WriteLine(line);
            }
        }
    }
}
