// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Device.Gpio;
using System.IO;
using System.Threading;
using nanoFramework.HostEmulation.Board;
using Shared.Crypto.Primitives;
using Shared.Runtime.Config;
using Shared.Runtime.Device;
using Shared.Runtime.Network;
using Shared.Runtime.Storage;
using TestSupport;

namespace EndToEnd.Tests.Support
{
    /// <summary>
    /// One firmware's own Program.Run on its own virtual board, in this process: a fresh state folder, a console
    /// log, a skewable clock, the real MQTT transport to the test's broker. Every output change is recorded.
    /// </summary>
    public sealed class InProcessDevice : IDisposable
    {
        /// <summary>Where the firmware prints the pairing URI.</summary>
        public const string PairingUriMarker = "runtime: pairing URI ";

        /// <summary>Device time skipped before a setup-button hold, past the doorbell's boot-time reset arm window.</summary>
        public const int BootGraceMs = Doorbell.Firmware.Controller.DoorbellLimits.FactoryResetArmWindowMs + 1000;

        private readonly object _sync = new object();
        private readonly List<PinChange> _changes = new List<PinChange>();
        private readonly string _stateDirectory;
        private readonly Action _stopPolling;

        private InProcessDevice(string kind, VirtualBoard board, DevicePlatform platform, SkewClock clock, DeviceLog log,
            RecordingRebooter rebooter, string stateDirectory, int setupButtonPin, int pairingHoldMs, Func<DevicePlatform, DeviceRuntime> boot, Action<InProcessDevice> stopPolling)
        {
            Kind = kind;
            Board = board;
            Platform = platform;
            Clock = clock;
            Log = log;
            Rebooter = rebooter;
            SetupButtonPin = setupButtonPin;
            PairingHoldMs = pairingHoldMs;
            _stateDirectory = stateDirectory;
            _stopPolling = () => stopPolling(this);
            Board.OutputChanged += (sender, e) =>
            {
                lock (_sync)
                {
                    _changes.Add(new PinChange(_changes.Count, e.Time, e.Pin, e.NewLevel));
                }
            };

            // The firmware's threads capture the ambient board when they start, so the scope may end after boot.
            using (VirtualBoard.Install(board))
            {
                Runtime = boot(platform);
            }
        }

        /// <summary>Gets the device kind ("garage" or "doorbell").</summary>
        public string Kind { get; }

        /// <summary>Gets the virtual board.</summary>
        public VirtualBoard Board { get; }

        /// <summary>Gets the platform handed to Program.Run.</summary>
        public DevicePlatform Platform { get; }

        /// <summary>Gets the device clock.</summary>
        public SkewClock Clock { get; }

        /// <summary>Gets the serial console.</summary>
        public DeviceLog Log { get; }

        /// <summary>Gets the reboots the firmware asked for.</summary>
        public RecordingRebooter Rebooter { get; }

        /// <summary>Gets the device runtime Program.Run attached.</summary>
        public DeviceRuntime Runtime { get; }

        /// <summary>Gets the setup button's GPIO.</summary>
        public int SetupButtonPin { get; }

        /// <summary>Gets how long the setup button must be held to open pairing.</summary>
        public int PairingHoldMs { get; }

        /// <summary>Gets the hex device id.</summary>
        public string DeviceIdHex => Shared.Crypto.Protocol.Hex.Encode(Runtime.DeviceId, 0, Runtime.DeviceId.Length);

        /// <summary>Boots the garage opener (DevKitC pin map) against <paramref name="broker"/>.</summary>
        /// <param name="broker">The broker.</param>
        /// <returns>The running device.</returns>
        public static InProcessDevice StartGarage(MosquittoBroker broker) => StartGarage(broker.Host, broker.Port);

        /// <summary>Boots the garage opener (DevKitC pin map) against the broker at <paramref name="host"/>:<paramref name="port"/>.</summary>
        /// <param name="host">Broker host.</param>
        /// <param name="port">Broker port.</param>
        /// <returns>The running device.</returns>
        public static InProcessDevice StartGarage(string host, int port)
        {
            GarageOpener.Firmware.Board.GaragePinMap map = GarageOpener.Firmware.Board.GaragePinMap.DevKitC();
            VirtualBoard board = new VirtualBoard();
            GarageOpener.Virtual.VirtualDeviceHost.Wire(board, map);

            // The door rests closed: the closed-limit reed switch is made, so the controller leaves Unknown.
            board.Press(map.ClosedLimitPin);
            DeviceConfig config = GarageOpener.Firmware.Board.DeviceDefaults.Create();
            GarageOpener.Firmware.GarageDevice garage = null;
            return Create("garage", board, config, host, port, map.SetupButtonPin, GarageOpener.Firmware.GarageDevice.PairingHoldMs,
                platform => (garage = GarageOpener.Firmware.Program.Run(map, platform)).Runtime,
                device => garage?.StopPollThread());
        }

        /// <summary>Boots the doorbell (DevKitC pin map) against <paramref name="broker"/>.</summary>
        /// <param name="broker">The broker.</param>
        /// <returns>The running device.</returns>
        public static InProcessDevice StartDoorbell(MosquittoBroker broker) => StartDoorbell(broker.Host, broker.Port);

        /// <summary>Boots the doorbell (DevKitC pin map) against the broker at <paramref name="host"/>:<paramref name="port"/>.</summary>
        /// <param name="host">Broker host.</param>
        /// <param name="port">Broker port.</param>
        /// <returns>The running device.</returns>
        public static InProcessDevice StartDoorbell(string host, int port)
        {
            Doorbell.Firmware.Board.DoorbellPinMap map = Doorbell.Firmware.Board.DoorbellPinMap.DevKitC();
            VirtualBoard board = new VirtualBoard();
            Doorbell.Virtual.VirtualDeviceHost.Label(board, map);
            DeviceConfig config = Doorbell.Firmware.Board.DeviceDefaults.Create();
            Doorbell.Firmware.DoorbellDevice doorbell = null;
            return Create("doorbell", board, config, host, port, map.SetupButtonPin, Doorbell.Firmware.Controller.DoorbellLimits.PairingHoldMs,
                platform => (doorbell = Doorbell.Firmware.Program.Run(map, platform)).Runtime,
                device => doorbell?.StopPolling());
        }

        /// <summary>Counts the rises of an output pin so far.</summary>
        /// <param name="pin">The GPIO number.</param>
        /// <returns>How many times it went high.</returns>
        public int Rises(int pin) => Changes(pin).FindAll(c => c.IsRise).Count;

        /// <summary>Gets the recorded changes of one pin (or all pins for -1).</summary>
        /// <param name="pin">The GPIO number, or -1.</param>
        /// <returns>The changes in order.</returns>
        public List<PinChange> Changes(int pin)
        {
            lock (_sync)
            {
                return _changes.FindAll(c => pin < 0 || c.Pin == pin);
            }
        }

        /// <summary>Waits until <paramref name="pin"/> has risen <paramref name="count"/> times and is low again.</summary>
        /// <param name="pin">The GPIO number.</param>
        /// <param name="count">The number of rises.</param>
        public void WaitForPulses(int pin, int count)
        {
            Eventually.True(() => Rises(pin) >= count && Board.GetLevel(pin) == PinValue.Low, Eventually.Patience,
                () => "GPIO" + pin + " pulsed " + Rises(pin) + " times, expected " + count + "; console:\n" + string.Join("\n", Log.Lines));
        }

        /// <summary>Waits until the runtime is connected and has published its nonce.</summary>
        public void WaitOnline()
        {
            Eventually.True(() => Runtime.IsOnline, Eventually.Patience, () => Kind + " never came online:\n" + string.Join("\n", Log.Lines));
        }

        /// <summary>Reads the pairing URI from the console, as the owner would from the serial monitor.</summary>
        /// <returns>The URI.</returns>
        public string ReadPairingUri() => Log.WaitForLineAfter(PairingUriMarker, Eventually.Patience);

        /// <summary>
        /// Holds the setup button past the pairing hold (the device clock is moved forward instead of waiting) and
        /// releases it; returns once the pairing window is open.
        /// </summary>
        public void LongPressSetupButton()
        {
            // A hold that starts right after power-up is the doorbell's factory-reset gesture: leave its arm
            // window behind first (a person pairing does not hold the button through the boot either).
            Clock.Advance(BootGraceMs);
            Thread.Sleep(100);
            Board.Press(SetupButtonPin);

            // Let the poll loop see the press (debounce) before the hold time passes.
            Thread.Sleep(300);
            Clock.Advance(PairingHoldMs + 500);
            Eventually.True(() => Runtime.IsPairingWindowOpen, Eventually.Patience,
                () => Kind + ": the pairing window did not open:\n" + string.Join("\n", Log.Lines));
            Board.Release(SetupButtonPin);
        }

        /// <summary>Waits until the runtime has dropped <paramref name="count"/> more unauthenticated messages than <paramref name="before"/>.</summary>
        /// <param name="before">The count before.</param>
        /// <param name="count">How many more.</param>
        public void WaitUnanswered(int before, int count)
        {
            Eventually.True(() => Runtime.Unanswered >= before + count, Eventually.Patience,
                () => Kind + ": " + (Runtime.Unanswered - before) + " of " + count + " messages were dropped unanswered");
        }

        /// <summary>Disconnects the device from the broker and deletes its state folder.</summary>
        public void Dispose()
        {
            _stopPolling();
            Platform.Transport.Stop();
            try
            {
                Directory.Delete(_stateDirectory, true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }

        private static InProcessDevice Create(string kind, VirtualBoard board, DeviceConfig config, string host, int port,
            int setupButtonPin, int pairingHoldMs, Func<DevicePlatform, DeviceRuntime> boot, Action<InProcessDevice> stopPolling)
        {
            string state = Path.Combine(Path.GetTempPath(), "okf-e2e-" + kind + "-" + Guid.NewGuid().ToString("N"));
            // Like a virtual device's state folder: it holds the device private key.
            nanoFramework.HostEmulation.Board.Terminal.VirtualDeviceOptions.EnsureOwnerOnly(state);
            SkewClock clock = new SkewClock();
            DeviceLog log = new DeviceLog();
            RecordingRebooter rebooter = new RecordingRebooter();
            config.BrokerHost = host;
            config.BrokerPort = port;
            config.DeviceName = kind + "-e2e";
            DevicePlatform platform = new DevicePlatform();
            platform.Config = config;
            platform.Storage = new FileStorageMedium(state);
            platform.Random = new OsRandom();
            platform.Crypto = new NativeCryptoBackend();
            platform.Clock = clock;
            platform.Log = log;
            platform.Transport = new MqttTransport(config.BrokerHost, config.BrokerPort, false, platform.Random, log);
            platform.Rebooter = rebooter;
            return new InProcessDevice(kind, board, platform, clock, log, rebooter, state, setupButtonPin, pairingHoldMs, boot, stopPolling);
        }
    }
}
