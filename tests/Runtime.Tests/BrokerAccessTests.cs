// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using GarageOpener.Firmware;
using GarageOpener.Firmware.Board;
using GarageOpener.Firmware.Runtime;
using GarageOpener.Virtual;
using nanoFramework.HostEmulation.Board;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using Runtime.Tests.Support;
using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;
using Shared.Runtime.Device;
using Shared.Runtime.Platform;
using Shared.Runtime.Storage;
using TestSupport;
using VirtualDevice.Host;
using Xunit;

namespace Runtime.Tests
{
    /// <summary>
    /// The shipped mosquitto ACL (docs/broker/acl) with password logins on a real mosquitto: the garage opener's
    /// own Program logs in with broker.user/broker.password from its config.txt, and a client holding another
    /// device's login can neither read this device's commands nor publish under its id. Absence is shown with a
    /// barrier: a later, allowed message from the same sender arrives while the forbidden one never does.
    /// </summary>
    public sealed class BrokerAccessTests
    {
        private const string TemplateDeviceId = "1122334455667788";
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

        [Fact]
        public void ADeviceLogsInWithItsCredentialsAndAnotherDevicesLoginCannotUseItsTopics()
        {
            string stateA = NewStateFolder();
            string idA = CreateIdentity(stateA);
            string idB = CreateIdentity(NewStateFolder());
            string acl = File.ReadAllText(RepoRoot.File("docs/broker/acl"));
            Assert.Contains(TemplateDeviceId, acl);
            MosquittoOptions options = new MosquittoOptions { AllowAnonymous = false };
            options.Users[idA] = "device-a-secret";
            options.Users[idB] = "device-b-secret";
            options.Users["alice"] = "alice-secret";
            // alice owns both devices: the shipped owner block, once per device.
            string ownerBlock = acl.Substring(acl.IndexOf("user alice", StringComparison.Ordinal));
            options.AclText = acl.Replace(TemplateDeviceId, idA)
                + "\n" + ownerBlock.Replace("user alice", string.Empty).Replace(TemplateDeviceId, idB);
            File.WriteAllText(Path.Combine(stateA, "config.txt"), "broker.user=" + idA + "\nbroker.password=device-a-secret\n");

            using MosquittoBroker broker = new MosquittoBroker(options);
            VirtualBoard board = new VirtualBoard();
            using (VirtualBoard.Install(board))
            {
                GaragePinMap map = GaragePinMap.DevKitC();
                VirtualDeviceHost.Wire(board, map);
                ListLog log = new ListLog();
                DevicePlatform platform = VirtualPlatform.Create(DeviceDefaults.Create(), stateA, broker.Host, broker.Port, "garage-acl", log, new SystemClock());
                GarageDevice device = Program.Run(map, platform);
                DeviceRuntime runtime = device.Runtime;
                MqttClient alice = Client(broker);
                MqttClient other = Client(broker);
                ConcurrentQueue<MqttMsgPublishEventArgs> aliceInbox = Inbox(alice);
                ConcurrentQueue<MqttMsgPublishEventArgs> otherInbox = Inbox(other);
                try
                {
                    Assert.Equal(idA, Hex.Encode(runtime.DeviceId, 0, ProtocolConstants.DeviceIdSize));
                    Assert.Equal(MqttReasonCode.Success, alice.Connect("alice-1", "alice", "alice-secret"));
                    alice.Subscribe(new[] { "okf/v1/" + idA + "/#", "okf/v1/" + idB + "/#" }, new[] { MqttQoSLevel.AtLeastOnce, MqttQoSLevel.AtLeastOnce });

                    // The device is online only if its login worked: anonymous clients are refused.
                    WaitFor(() => runtime.IsOnline, "device A online with its login");
                    Take(aliceInbox, "okf/v1/" + idA + "/status");
                    Assert.StartsWith(DeviceRecords.ClientIdPrefix, runtime.ClientId);
                    Assert.DoesNotContain(idA, runtime.ClientId);

                    // A client with device B's login: it cannot read A's commands...
                    Assert.Equal(MqttReasonCode.Success, other.Connect("other-1", idB, "device-b-secret"));
                    other.Subscribe(new[] { "okf/v1/" + idA + "/cmd", "okf/v1/" + idB + "/cmd" }, new[] { MqttQoSLevel.AtLeastOnce, MqttQoSLevel.AtLeastOnce });
                    WaitFor(() => SubscriptionSettled(alice, other, idB, otherInbox), "B's own subscription works");
                    alice.Publish("okf/v1/" + idA + "/cmd", new byte[] { 0xA1 }, null, null, MqttQoSLevel.AtLeastOnce, false);
                    alice.Publish("okf/v1/" + idB + "/cmd", new byte[] { 0xB1 }, null, null, MqttQoSLevel.AtLeastOnce, false);
                    Take(otherInbox, "okf/v1/" + idB + "/cmd", m => m.Message[0] == 0xB1);
                    Assert.DoesNotContain(otherInbox, m => m.Topic.Contains(idA));

                    // ...nor publish results, a status or a pairing response under A's id.
                    other.Publish("okf/v1/" + idA + "/out/01", new byte[] { 0xEE }, null, null, MqttQoSLevel.AtLeastOnce, false);
                    other.Publish("okf/v1/" + idA + "/status", Encoding.UTF8.GetBytes("offline"), null, null, MqttQoSLevel.AtLeastOnce, true);
                    other.Publish("okf/v1/" + idA + "/pair/res", new byte[] { 0xEE }, null, null, MqttQoSLevel.AtLeastOnce, false);
                    other.Publish("okf/v1/" + idB + "/status", Encoding.UTF8.GetBytes("barrier"), null, null, MqttQoSLevel.AtLeastOnce, false);
                    Take(aliceInbox, "okf/v1/" + idB + "/status", m => Encoding.UTF8.GetString(m.Message) == "barrier");
                    Assert.DoesNotContain(aliceInbox, m => m.Topic.StartsWith("okf/v1/" + idA + "/", StringComparison.Ordinal)
                        && (m.Message.SequenceEqual(new byte[] { 0xEE }) || Encoding.UTF8.GetString(m.Message) == "offline"));

                    // A wrong password is refused outright.
                    MqttClient intruder = Client(broker);
                    Assert.NotEqual(MqttReasonCode.Success, intruder.Connect("intruder", idA, "guess"));
                }
                finally
                {
                    other.Disconnect();
                    alice.Disconnect();
                    runtime.Stop();
                    device.StopPollThread();
                }
            }
        }

        [Fact]
        public void TheClientIdIsRandomKeptAcrossBootsAndNotTheDeviceId()
        {
            MemoryStorageMedium medium = new MemoryStorageMedium();
            DeviceRecords records = new DeviceRecords(new RecordStore(medium));
            SeededRandom random = new SeededRandom(7);

            string first = records.LoadOrCreateClientId(random);
            string again = new DeviceRecords(new RecordStore(medium)).LoadOrCreateClientId(new SeededRandom(8));
            string other = new DeviceRecords(new RecordStore(new MemoryStorageMedium())).LoadOrCreateClientId(new SeededRandom(8));

            Assert.Equal(first, again);
            Assert.NotEqual(first, other);
            Assert.Equal(DeviceRecords.ClientIdPrefix.Length + 2 * DeviceRecords.ClientIdRandomSize, first.Length);
        }

        private static bool SubscriptionSettled(MqttClient alice, MqttClient other, string idB, ConcurrentQueue<MqttMsgPublishEventArgs> inbox)
        {
            // Probe until B's own command subscription delivers: then its subscriptions are in place.
            alice.Publish("okf/v1/" + idB + "/cmd", new byte[] { 0x00 }, null, null, MqttQoSLevel.AtLeastOnce, false);
            return inbox.Any(m => m.Topic == "okf/v1/" + idB + "/cmd");
        }

        private static string NewStateFolder()
        {
            string path = Path.Combine(Path.GetTempPath(), "broker-acl-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(path);
            return path;
        }

        private static string CreateIdentity(string state)
        {
            DeviceRecords records = new DeviceRecords(new RecordStore(new FileStorageMedium(state)));
            return Hex.Encode(records.LoadOrCreateIdentity(new HostRandom(), out _).DeviceId, 0, ProtocolConstants.DeviceIdSize);
        }

        private static MqttClient Client(MosquittoBroker broker)
        {
            return new MqttClient(broker.Host, broker.Port, false, null, null, MqttSslProtocols.None);
        }

        private static ConcurrentQueue<MqttMsgPublishEventArgs> Inbox(MqttClient client)
        {
            ConcurrentQueue<MqttMsgPublishEventArgs> inbox = new ConcurrentQueue<MqttMsgPublishEventArgs>();
            client.MqttMsgPublishReceived += (s, e) => inbox.Enqueue(e);
            return inbox;
        }

        private static MqttMsgPublishEventArgs Take(ConcurrentQueue<MqttMsgPublishEventArgs> inbox, string topic, Func<MqttMsgPublishEventArgs, bool> match = null)
        {
            MqttMsgPublishEventArgs found = null;
            WaitFor(() =>
            {
                foreach (MqttMsgPublishEventArgs e in inbox)
                {
                    if (e.Topic == topic && (match == null || match(e)))
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
