// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;
using System.Threading;
using OwnerTool.Core;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;
using TestSupport;

namespace EndToEnd.Tests.Support
{
    /// <summary>One owner's phone: the owner tool's core with its own key file in a temporary folder.</summary>
    public sealed class Owner : IDisposable
    {
        private readonly string _folder;

        /// <summary>Creates the key pair of a new owner.</summary>
        /// <param name="broker">The broker.</param>
        public Owner(MosquittoBroker broker)
            : this(broker.Host, broker.Port)
        {
        }

        /// <summary>Creates the key pair of a new owner using the broker at <paramref name="host"/>:<paramref name="port"/>.</summary>
        /// <param name="host">Broker host.</param>
        /// <param name="port">Broker port.</param>
        public Owner(string host, int port)
        {
            _folder = Path.Combine(Path.GetTempPath(), "okf-e2e-owner-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_folder);
            KeyFile = Path.Combine(_folder, "owner.json");
            BrokerAddress = host + ":" + port;
            Settings = new ToolSettings { BrokerHost = host, BrokerPort = port, KeyFile = KeyFile, Timeout = TimeSpan.FromSeconds(10) };
            Client = new OwnerClient(Settings);
            Client.GenerateKeys(false);
        }

        /// <summary>Gets the key file path.</summary>
        public string KeyFile { get; }

        /// <summary>Gets the broker as host:port (what okf's --broker takes).</summary>
        public string BrokerAddress { get; }

        /// <summary>Gets the settings (the timeout may be shortened for commands expected to go unanswered).</summary>
        public ToolSettings Settings { get; }

        /// <summary>Gets the owner tool's core.</summary>
        public OwnerClient Client { get; }

        /// <summary>
        /// Pairs like a person would: the first owner reads the URI off the console; anyone later gets an invite an
        /// admin armed (before the press: the device waits for it). Then long-press the setup button and pair.
        /// </summary>
        /// <param name="device">The device.</param>
        /// <param name="name">The local name.</param>
        /// <param name="admin">The admin who invites (null for the first owner).</param>
        /// <returns>The key file entry.</returns>
        public PairedDevice Pair(InProcessDevice device, string name, Owner admin = null)
        {
            string uri = admin == null ? device.ReadPairingUri() : admin.Client.ArmInvite(device.DeviceIdHex, CancellationToken.None).Uri;
            device.LongPressSetupButton();
            return Client.Pair(uri, name, CancellationToken.None);
        }

        /// <summary>Sends a device action through the owner tool's core and waits for its result.</summary>
        /// <param name="device">The local device name.</param>
        /// <param name="kind">"garage" or "doorbell".</param>
        /// <param name="action">The action name, as okf spells it.</param>
        /// <returns>The authenticated result.</returns>
        public CommandResult Send(string device, string kind, string action) =>
            Client.SendAction(device, kind, action, null, CancellationToken.None);

        /// <summary>Gets this owner's key file entry of a device.</summary>
        /// <param name="device">The local name.</param>
        /// <returns>The entry.</returns>
        public PairedDevice Entry(string device) => OwnerClient.FindDevice(Client.LoadKeys(), device, null);

        /// <summary>
        /// Seals a command with this owner's keys without sending it, as a broker that withholds a genuine command
        /// would hold it. Like the tool, it saves the used counter first, so the owner's later commands stay valid.
        /// </summary>
        /// <param name="device">The local device name.</param>
        /// <param name="nonce">The device nonce to echo.</param>
        /// <param name="action">The action code.</param>
        /// <returns>The sealed command bytes.</returns>
        public byte[] SealWithoutSending(string device, byte[] nonce, byte action)
        {
            OwnerKeyFile file = Client.LoadKeys();
            PairedDevice entry = OwnerClient.FindDevice(file, device, null);
            byte[] deviceId = OwnerTool.Core.Hex.TryDecode(entry.DeviceId, ProtocolConstants.DeviceIdSize);
            byte[] master = OwnerTool.Core.Hex.TryDecode(entry.MasterKey, ProtocolConstants.MasterKeySize);
            OwnerSession session = new OwnerSession(new NativeCryptoBackend(), deviceId, (byte)entry.KeyId, master, entry.NextCounter);
            byte[] buffer = new byte[ProtocolConstants.MaxCommandSize];
            int length = session.SealCommand(nonce, 0, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), action, Array.Empty<byte>(), 0, 0, buffer, 0);
            entry.NextCounter = session.NextCounter;
            Client.Store.Save(file);
            session.Clear();
            byte[] sealedCommand = new byte[length];
            Array.Copy(buffer, sealedCommand, length);
            return sealedCommand;
        }

        /// <summary>Deletes the key folder.</summary>
        public void Dispose()
        {
            try
            {
                Directory.Delete(_folder, true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
