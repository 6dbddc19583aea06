// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Security.Cryptography;
using System.Text;

namespace OwnerTool.Core
{
    /// <summary>Persistent broker sessions for the long-running owners (watch, bridge).</summary>
    public sealed partial class OwnerClient
    {
        /// <summary>Session name of <c>okf watch</c> without --session.</summary>
        public const string DefaultWatchSession = "default";

        /// <summary>
        /// The stable MQTT client id of a persistent session: "okf-" and 16 hex digits of SHA-256 over the owner public
        /// key and the purpose. The same key file and purpose always find their session again; it reveals neither.
        /// </summary>
        /// <param name="ownerPublicKey">The key file's owner public key (hex).</param>
        /// <param name="purpose">What the session is for ("watch/ID/default", "bridge/default").</param>
        /// <returns>The client id (20 characters, within MQTT 3.1.1's guaranteed 23).</returns>
        public static string PersistentClientId(string ownerPublicKey, string purpose)
        {
            byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(ownerPublicKey + "\n" + purpose));
            return "okf-" + Hex.Encode(hash).Substring(0, 16);
        }

        /// <summary>Connects with the persistent session of this key file and purpose (clean session off).</summary>
        /// <param name="file">The key file.</param>
        /// <param name="purpose">What the session is for.</param>
        /// <returns>The link.</returns>
        public MqttLink ConnectPersistent(OwnerKeyFile file, string purpose)
        {
            return MqttLink.Connect(_settings, PersistentClientId(file.OwnerPublicKey, purpose), true);
        }
    }
}
