// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using BclCrypto = System.Security.Cryptography;
using System.Text;

namespace OwnerTool.Core
{
    /// <summary>Persistent broker sessions for the long-running owners (watch, bridge).</summary>
    public sealed partial class OwnerClient
    {
        /// <summary>Session name of <c>okf watch</c> without --session.</summary>
        public const string DefaultWatchSession = "default";

        /// <summary>Size of <see cref="OwnerKeyFile.ClientIdSecret"/> in bytes.</summary>
        public const int ClientIdSecretSize = 16;

        /// <summary>
        /// The stable MQTT client id of a persistent session: "okf-" and 16 hex digits of HMAC-SHA256 keyed by the key
        /// file's random <see cref="OwnerKeyFile.ClientIdSecret"/> over the purpose. The same key file and purpose
        /// always find their session again; without the secret the id cannot be computed from anything public (the
        /// device id, the purpose, the owner public key the broker saw at pairing), so nobody can take the session over.
        /// </summary>
        /// <param name="secret">The key file's client id secret.</param>
        /// <param name="purpose">What the session is for ("watch/ID/default", "bridge/default").</param>
        /// <returns>The client id (20 characters, within MQTT 3.1.1's guaranteed 23).</returns>
        public static string PersistentClientId(byte[] secret, string purpose)
        {
            byte[] mac;
            using (var hmac = BclCrypto.IncrementalHash.CreateHMAC(BclCrypto.HashAlgorithmName.SHA256, secret))
            {
                hmac.AppendData(Encoding.UTF8.GetBytes(purpose));
                mac = hmac.GetHashAndReset();
            }

            return "okf-" + Hex.Encode(mac).Substring(0, 16);
        }

        /// <summary>Connects with the persistent session of this key file and purpose (clean session off).</summary>
        /// <param name="file">The key file (a missing client id secret is created and saved first).</param>
        /// <param name="purpose">What the session is for.</param>
        /// <returns>The link.</returns>
        public MqttLink ConnectPersistent(OwnerKeyFile file, string purpose)
        {
            return MqttLink.Connect(_settings, PersistentClientId(ClientIdSecret(file), purpose), true);
        }

        /// <summary>Gets the key file's client id secret, creating and saving one for a key file made before it existed.</summary>
        /// <param name="file">The key file as loaded (updated in place).</param>
        /// <returns>The secret.</returns>
        public byte[] ClientIdSecret(OwnerKeyFile file)
        {
            byte[] secret = Hex.TryDecode(file.ClientIdSecret, ClientIdSecretSize);
            if (secret != null)
            {
                return secret;
            }

            string fresh = NewClientIdSecret();
            OwnerKeyFile saved = Store.Update(disk =>
            {
                // Another okf may have created it meanwhile: all of them must use the same one.
                if (Hex.TryDecode(disk.ClientIdSecret, ClientIdSecretSize) != null)
                {
                    return false;
                }

                disk.ClientIdSecret = fresh;
                return true;
            });
            file.ClientIdSecret = saved.ClientIdSecret;
            return Hex.TryDecode(file.ClientIdSecret, ClientIdSecretSize);
        }

        private string NewClientIdSecret()
        {
            byte[] secret = new byte[ClientIdSecretSize];
            _random.NextBytes(secret);
            return Hex.Encode(secret);
        }
    }
}
