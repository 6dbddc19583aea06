// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Threading;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace OwnerTool.Core
{
    /// <summary>
    /// The owner tool's command flow, callable in-process (tests, demo) as well as from the console layer:
    /// keys, pairing, commands, events, audit, key and pass administration. Every failure is an
    /// <see cref="OwnerToolException"/> carrying its exit code.
    /// </summary>
    public sealed partial class OwnerClient
    {
        private readonly ToolSettings _settings;
        private readonly IRandomSource _random;
        private readonly Func<DateTimeOffset> _clock;
        private readonly ICryptoBackend _backend = new NativeCryptoBackend();

        /// <summary>Creates a client with the OS random source and the system clock.</summary>
        /// <param name="settings">Global options.</param>
        public OwnerClient(ToolSettings settings)
            : this(settings, new SecureRandomSource(), () => DateTimeOffset.UtcNow)
        {
        }

        /// <summary>Creates a client.</summary>
        /// <param name="settings">Global options.</param>
        /// <param name="random">Random source for keys and nonces (a CSPRNG outside tests).</param>
        /// <param name="clock">UTC clock (commands carry it; passes are dated with it).</param>
        public OwnerClient(ToolSettings settings, IRandomSource random, Func<DateTimeOffset> clock)
        {
            _settings = settings;
            _random = random;
            _clock = clock;
            Store = new KeyStore(settings.KeyFile) { PassphraseProvider = settings.Passphrase };
        }

        /// <summary>Gets the key file store.</summary>
        public KeyStore Store { get; }

        /// <summary>Throws a Refused failure unless the result is Done.</summary>
        /// <param name="result">The result.</param>
        /// <returns>The same result.</returns>
        public static CommandResult EnsureDone(CommandResult result)
        {
            if (!result.IsDone)
            {
                throw new OwnerToolException(ExitCode.Refused, "refused: " + ReasonText.Describe(result.Reason));
            }

            return result;
        }

        /// <summary>Creates the owner X25519 key pair and an empty key file.</summary>
        /// <param name="force">Replace an existing key file (its pairings are lost).</param>
        /// <returns>The new key file.</returns>
        public OwnerKeyFile GenerateKeys(bool force) => GenerateKeys(force, false);

        /// <summary>
        /// Creates the owner key pair and an empty key file; with <paramref name="protect"/> its secrets are sealed
        /// under a passphrase from <see cref="ToolSettings.Passphrase"/> (never written in the clear).
        /// </summary>
        /// <param name="force">Replace an existing key file.</param>
        /// <param name="protect">Seal the secrets under a passphrase.</param>
        /// <returns>The new key file content.</returns>
        public OwnerKeyFile GenerateKeys(bool force, bool protect)
        {
            if (Store.Exists && !force)
            {
                throw new OwnerToolException(ExitCode.KeyFileProblem, "key file " + Store.Path
                    + " already exists; it holds your pairings. Use --force to replace it (you would have to pair again).");
            }

            byte[] privateKey = new byte[ProtocolConstants.PublicKeySize];
            byte[] publicKey = new byte[ProtocolConstants.PublicKeySize];
            _random.NextBytes(privateKey);
            X25519.PublicKeyFromPrivate(privateKey, publicKey);
            var file = new OwnerKeyFile { OwnerPrivateKey = Hex.Encode(privateKey), OwnerPublicKey = Hex.Encode(publicKey), ClientIdSecret = NewClientIdSecret() };
            if (protect)
            {
                file.Protection = KeyStore.NewProtection(KeyFileProtection.DefaultIterations);
            }

            SecureBuffer.Clear(privateKey);
            Store.Save(file);
            return file;
        }

        /// <summary>Loads the key file (permission-checked).</summary>
        /// <returns>The key file.</returns>
        public OwnerKeyFile LoadKeys() => Store.Load();

        /// <summary>Finds a paired device by name or device id (prefix); with null, the only device (of a kind).</summary>
        /// <param name="file">Key file.</param>
        /// <param name="nameOrId">Name, device id or id prefix; null for "the only one".</param>
        /// <param name="kind">Restrict to a kind, or null.</param>
        /// <returns>The device.</returns>
        public static PairedDevice FindDevice(OwnerKeyFile file, string nameOrId, string kind)
        {
            PairedDevice found = null;
            int matches = 0;
            foreach (PairedDevice device in file.Devices)
            {
                bool kindOk = kind == null || device.Kind == kind;
                bool exact = nameOrId != null && (device.Name == nameOrId || device.DeviceId == nameOrId.ToLowerInvariant());
                if (kindOk && exact)
                {
                    return device;
                }

                if (kindOk && (nameOrId == null || (nameOrId.Length >= 4 && device.DeviceId.StartsWith(nameOrId.ToLowerInvariant(), StringComparison.Ordinal))))
                {
                    found = device;
                    matches++;
                }
            }

            string what = kind == null ? "device" : kind;
            if (matches == 1)
            {
                return found;
            }

            if (matches > 1)
            {
                throw new OwnerToolException(ExitCode.Usage, "several paired " + what + "s match; name one (see 'okf devices').");
            }

            throw new OwnerToolException(ExitCode.NotPaired, nameOrId == null
                ? "no paired " + what + ": pair one with 'okf pair <uri>'."
                : "not paired: no " + what + " named '" + nameOrId + "' in " + (file.Devices.Count == 0 ? "the key file" : "'okf devices'") + ".");
        }

        /// <summary>Sends a device action by command name ("open", "mute" ...) and waits for its result.</summary>
        /// <param name="device">Device name or id, or null for the only device of the action's kind.</param>
        /// <param name="kind">Device kind the action belongs to.</param>
        /// <param name="actionName">Command name.</param>
        /// <param name="argument">Its argument text, or null.</param>
        /// <param name="cancel">Cancellation.</param>
        /// <returns>The result (refusals included: see <see cref="EnsureDone"/>).</returns>
        public CommandResult SendAction(string device, string kind, string actionName, string argument, CancellationToken cancel)
        {
            DeviceAction action = DeviceActions.Find(kind, actionName)
                ?? throw new OwnerToolException(ExitCode.Usage, "unknown " + kind + " action '" + actionName + "'.");
            byte[] args = DeviceActions.EncodeArgument(action, argument);
            return SendCommand(device, kind, action.Code, args, cancel);
        }

        /// <summary>Sends one command and waits for the result bound to it.</summary>
        /// <param name="device">Device name or id, or null for the only one (of the kind).</param>
        /// <param name="kind">Required kind, or null.</param>
        /// <param name="action">Action code.</param>
        /// <param name="args">Arguments.</param>
        /// <param name="cancel">Cancellation.</param>
        /// <returns>The result.</returns>
        public CommandResult SendCommand(string device, string kind, byte action, byte[] args, CancellationToken cancel)
        {
            OwnerKeyFile file = LoadKeys();
            PairedDevice entry = FindDevice(file, device, kind);
            using (DeviceChannel channel = OpenChannel(file, entry))
            {
                return channel.Execute(action, args, cancel);
            }
        }

        /// <summary>Delivers live events of a device until a limit or cancellation, reconnecting after a lost broker connection.</summary>
        /// <param name="device">Device name or id, or null.</param>
        /// <param name="maxCount">Stop after this many events (0 = no limit).</param>
        /// <param name="duration">Stop after this long (null = no limit).</param>
        /// <param name="onEvent">Receives each decrypted event.</param>
        /// <param name="onStatus">Receives device status changes ("online"/"offline") and connection notices
        /// (<see cref="DeviceChannel.ConnectionLostStatus"/>, <see cref="DeviceChannel.ReconnectedStatus"/>, "broker still unreachable ...").</param>
        /// <param name="cancel">Cancellation (Ctrl+C).</param>
        /// <returns>Events received.</returns>
        public int WatchEvents(string device, int maxCount, TimeSpan? duration, Action<DeviceEvent> onEvent, Action<string> onStatus,
            CancellationToken cancel)
        {
            return WatchEvents(device, DefaultWatchSession, maxCount, duration, onEvent, onStatus, cancel);
        }

        /// <summary>
        /// Delivers events of a device over a persistent MQTT session named after the key file and
        /// <paramref name="session"/>: events sent while this watch was disconnected are delivered when it reconnects.
        /// </summary>
        /// <param name="device">Device name or id, or null.</param>
        /// <param name="session">Session name (two watches of one device from one key file need different names).</param>
        /// <param name="maxCount">Stop after this many events (0 = no limit).</param>
        /// <param name="duration">Stop after this long (null = no limit).</param>
        /// <param name="onEvent">Receives each decrypted event.</param>
        /// <param name="onStatus">Receives device status changes and connection notices.</param>
        /// <param name="cancel">Cancellation (Ctrl+C).</param>
        /// <returns>Events received.</returns>
        public int WatchEvents(string device, string session, int maxCount, TimeSpan? duration, Action<DeviceEvent> onEvent, Action<string> onStatus,
            CancellationToken cancel)
        {
            OwnerKeyFile file = LoadKeys();
            PairedDevice entry = FindDevice(file, device, null);
            Func<MqttLink> connect = () => ConnectPersistent(file, "watch/" + entry.DeviceId + "/" + (session ?? DefaultWatchSession));
            using (DeviceChannel channel = OpenChannel(file, entry, true, connect))
            {
                Deadline deadline = duration.HasValue ? Deadline.After(duration.Value) : Deadline.Never;
                return channel.Watch(maxCount, deadline, connect, onEvent, onStatus, cancel);
            }
        }

        /// <summary>Opens a channel to a paired device (connects and subscribes).</summary>
        /// <param name="file">Key file.</param>
        /// <param name="entry">Device entry.</param>
        /// <returns>The channel.</returns>
        public DeviceChannel OpenChannel(OwnerKeyFile file, PairedDevice entry) => OpenChannel(file, entry, true);

        private DeviceChannel OpenChannel(OwnerKeyFile file, PairedDevice entry, bool settlePending) => OpenChannel(file, entry, settlePending, Connect);

        private DeviceChannel OpenChannel(OwnerKeyFile file, PairedDevice entry, bool settlePending, Func<MqttLink> connect)
        {
            byte[] deviceId = Hex.TryDecode(entry.DeviceId, ProtocolConstants.DeviceIdSize);
            byte[] master = Hex.TryDecode(entry.MasterKey, ProtocolConstants.MasterKeySize);
            if (deviceId == null || master == null || entry.KeyId < 0 || entry.KeyId > 255)
            {
                throw new OwnerToolException(ExitCode.KeyFileProblem, "key file entry of '" + entry.Name + "' is corrupt.");
            }

            var session = new OwnerSession(_backend, deviceId, (byte)entry.KeyId, master, entry.NextCounter);
            session.RestoreReceived(entry.ReceivedHighest);
            OwnerSession pending = null;
            byte[] pendingMaster = settlePending ? Hex.TryDecode(entry.PendingMasterKey, ProtocolConstants.MasterKeySize) : null;
            if (pendingMaster != null)
            {
                pending = new OwnerSession(_backend, deviceId, (byte)entry.KeyId, pendingMaster, entry.NextCounter);
                pending.RestoreReceived(entry.ReceivedHighest);
                SecureBuffer.Clear(pendingMaster);
            }

            SecureBuffer.Clear(master);
            MqttLink link = connect();
            var channel = new DeviceChannel(link, deviceId, entry.Name, ProtocolTopics.OwnerOutbound(deviceId, (byte)entry.KeyId), session,
                pending, new KeyFileSessionStore(Store, entry), _settings.Timeout, () => _clock().ToUnixTimeSeconds());
            try
            {
                channel.Subscribe();
            }
            catch
            {
                channel.Dispose();
                throw;
            }

            return channel;
        }

        /// <summary>Connects to the broker with a random client id.</summary>
        /// <returns>The link.</returns>
        public MqttLink Connect()
        {
            byte[] id = new byte[6];
            _random.NextBytes(id);
            return MqttLink.Connect(_settings, "okf-" + Hex.Encode(id));
        }
    }
}
