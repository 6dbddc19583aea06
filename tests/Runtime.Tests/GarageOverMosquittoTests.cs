// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using GarageOpener.Firmware;
using GarageOpener.Firmware.Board;
using GarageOpener.Firmware.Controller;
using GarageOpener.Firmware.Runtime;
using GarageOpener.Virtual;
using nanoFramework.HostEmulation.Board;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using Runtime.Tests.Support;
using Shared.Crypto.Pairing;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;
using Shared.Runtime.Device;
using Shared.Runtime.Platform;
using TestSupport;
using VirtualDevice.Host;
using Xunit;

namespace Runtime.Tests
{
    /// <summary>
    /// The garage opener's own Program on a virtual board, over the real MQTT client and a real mosquitto, driven
    /// by an owner that knows only the pairing URI. Waits are bounded polls of observable state, not sleeps
    /// asserted on time (the setup-button hold is the only fixed wait: the firmware measures it).
    /// </summary>
    public sealed class GarageOverMosquittoTests
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

        [Fact]
        public void PairedOwnerOpensTheDoorTheRelayPulsesAndTheSealedStateEventArrives()
        {
            using MosquittoBroker broker = new MosquittoBroker();
            string state = Path.Combine(Path.GetTempPath(), "garage-e2e-" + Guid.NewGuid().ToString("N"));
            VirtualBoard board = new VirtualBoard();
            using (VirtualBoard.Install(board))
            {
                GaragePinMap map = GaragePinMap.DevKitC();
                VirtualDeviceHost.Wire(board, map);
                ListLog log = new ListLog();
                DevicePlatform platform = VirtualPlatform.Create(DeviceDefaults.Create(), state, broker.Host, broker.Port, "garage-e2e", log, new SystemClock());
                long bootedAt = platform.Clock.NowMilliseconds;
                GarageDevice device = Program.Run(map, platform);
                DeviceRuntime runtime = device.Runtime;

                // The reed switch closes to ground once the pin has its pull-up: the door is down.
                board.Press(map.ClosedLimitPin);
                ConcurrentQueue<MqttMsgPublishEventArgs> inbox = new ConcurrentQueue<MqttMsgPublishEventArgs>();
                MqttClient owner = new MqttClient(broker.Host, broker.Port, false, null, null, MqttSslProtocols.None);
                try
                {
                    string id = Hex.Encode(runtime.DeviceId, 0, ProtocolConstants.DeviceIdSize);
                    Assert.Contains(log.Lines, l => l.Contains(runtime.PairingUri));
                    owner.MqttMsgPublishReceived += (s, e) => inbox.Enqueue(e);
                    Assert.Equal(MqttReasonCode.Success, owner.Connect("owner-" + id));
                    owner.Subscribe(new[] { "okf/v1/" + id + "/#" }, new[] { MqttQoSLevel.AtLeastOnce });
                    WaitFor(() => runtime.IsOnline, "device online");
                    MqttMsgPublishEventArgs status = Take(inbox, ProtocolTopics.Status(runtime.DeviceId));
                    Assert.Equal("online", System.Text.Encoding.UTF8.GetString(status.Message));
                    byte[] nonce = NonceOf(Take(inbox, ProtocolTopics.Nonce(runtime.DeviceId)));

                    // Physical presence: hold the setup button until the pairing window opens (after the boot-time
                    // window in which a held button means a factory reset instead).
                    WaitFor(() => platform.Clock.NowMilliseconds - bootedAt > SetupButton.FactoryResetArmWindowMs + 500, "boot window over");
                    board.Press(map.SetupButtonPin);
                    WaitFor(() => runtime.IsPairingWindowOpen, "pairing window");
                    board.Release(map.SetupButtonPin);

                    // The URI again, quoted for a shell, once the window is open (the boot lines have scrolled away).
                    WaitFor(() => log.Lines.ToArray().Any(l => l == "runtime: pair now with: okf pair '" + runtime.PairingUri + "'"), "URI reprinted");

                    ManagedCryptoBackend backend = new ManagedCryptoBackend();
                    OwnerPairing pairing = new OwnerPairing(backend, PairingUri.TryParse(runtime.PairingUri),
                        RuntimeHarness.Fill(32, 0x21), RuntimeHarness.Fill(16, 0x61));
                    byte[] request = new byte[ProtocolConstants.PairingRequestSize];
                    pairing.BuildRequest(nonce, request, 0);
                    owner.Publish(ProtocolTopics.PairingRequest(runtime.DeviceId), request, null, null, MqttQoSLevel.AtLeastOnce, false);
                    byte[] response = Take(inbox, ProtocolTopics.PairingResponse(runtime.DeviceId)).Message;
                    Assert.Equal(ReasonCode.Done, pairing.TryComplete(response, 0, response.Length));
                    OwnerSession session = new OwnerSession(backend, runtime.DeviceId, pairing.KeyId, pairing.MasterKey, pairing.CounterStart);
                    string outbound = ProtocolTopics.OwnerOutbound(runtime.DeviceId, session.KeyId);
                    WaitFor(() => device.Controller.Snapshot(platform.Clock.NowMilliseconds).State == DoorState.Closed, "door closed");
                    board.ClearActivity();

                    byte[] command = new byte[ProtocolConstants.MaxCommandSize];
                    int n = session.SealCommand(nonce, 0, RuntimeHarness.OwnerTime, GarageAction.Open, null, 0, 0, command, 0);
                    owner.Publish(runtime.CommandTopic, command.AsSpan(0, n).ToArray(), null, null, MqttQoSLevel.AtLeastOnce, false);

                    DeviceMessage header = new DeviceMessage();
                    byte[] plain = RuntimeHarness.Open(session, Take(inbox, outbound).Message, header, out byte[] result);
                    Assert.Equal(MessageType.Result, header.Type);
                    Assert.Equal((byte)ReasonCode.Done, plain[ProtocolConstants.ResultOffsetReason]);
                    Assert.Equal(GarageSnapshotCodec.Size, result.Length);

                    // The relay closed and opened again: one bounded pulse.
                    WaitFor(() => RelayWrites(board, map).Count(v => v) >= 1 && !RelayWrites(board, map).Last(), "relay pulse");

                    // The door leaves its closed limit: the owner gets the state change, sealed to its key.
                    board.Release(map.ClosedLimitPin);
                    byte[] data = null;
                    WaitFor(() =>
                    {
                        if (!inbox.TryDequeue(out MqttMsgPublishEventArgs e) || e.Topic != outbound)
                        {
                            return false;
                        }

                        byte[] p = RuntimeHarness.Open(session, e.Message, header, out data);
                        return header.Type == MessageType.Event && p[0] == GarageEventCode.StateChanged
                            && data[0] == (byte)DoorState.Opening;
                    }, "state event Opening");
                    Assert.Equal(GarageSnapshotCodec.Size, data.Length);
                }
                finally
                {
                    owner.Disconnect();
                    runtime.Stop();
                    device.StopPollThread();
                }
            }
        }

        private static bool[] RelayWrites(VirtualBoard board, GaragePinMap map)
        {
            return board.ActivityOf(map.RelayPin, PinActivityKind.Written).Select(a => a.Value == System.Device.Gpio.PinValue.High).ToArray();
        }

        private static byte[] NonceOf(MqttMsgPublishEventArgs e)
        {
            NonceMessage message = new NonceMessage();
            Assert.Equal(ReasonCode.Done, NonceMessage.TryParse(e.Message, 0, e.Message.Length, message));
            return message.Nonce;
        }

        private static MqttMsgPublishEventArgs Take(ConcurrentQueue<MqttMsgPublishEventArgs> inbox, string topic)
        {
            MqttMsgPublishEventArgs found = null;
            WaitFor(() =>
            {
                while (inbox.TryDequeue(out MqttMsgPublishEventArgs e))
                {
                    if (e.Topic == topic)
                    {
                        found = e;
                        return true;
                    }
                }

                return false;
            }, topic);
            return found;
        }

        private static void WaitFor(Func<bool> condition, string what)
        {
            Stopwatch watch = Stopwatch.StartNew();
            while (!condition())
            {
                if (watch.Elapsed > Patience)
                {
                    throw new TimeoutException("gave up waiting for " + what);
                }

                Thread.Sleep(20);
            }
        }
    }
}
