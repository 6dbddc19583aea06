// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using OwnerTool.Bridge;
using OwnerTool.Core;
using OwnerTool.Tests.Support;
using TestSupport;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>okf bridge against a real mosquitto: notifications, availability by last will, reconnects, Ctrl+C.</summary>
    public sealed class BridgeServiceTests : IClassFixture<BrokerFixture>, IDisposable
    {
        // Garage snapshot: state Open (3), no flags, no fault, cause owner key 1, idle.
        private static readonly byte[] OpenSnapshot = { 3, 0, 0, 1, 0, 0, 0, 1, 0 };
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
        private readonly MosquittoBroker _broker;
        private readonly Okf _okf;
        private readonly SimulatedDevice _device;
        private readonly List<InboundMessage> _seen = new List<InboundMessage>();

        public BridgeServiceTests(BrokerFixture broker)
        {
            _broker = broker.Broker;
            _okf = new Okf(broker.Address);
            _device = new SimulatedDevice(_broker.Host, _broker.Port, "garage");
            Assert.Equal(0, _okf.Run("keygen").Code);
            _device.OpenPairingWindow();
            OkfRun run = _okf.Run("pair", _device.Uri, "--name", "garage");
            Assert.True(run.Code == 0, run.ToString());
        }

        [Fact]
        public void OnTheSameBrokerAGarageLeftOpenBecomesAnHomeAssistantEventANotificationAndAnExec()
        {
            string log = Path.Combine(_okf.Folder, "notifications.log");
            string exec = "echo \"$OKF_EVENT $1 $2 $3\" >> '" + log + "'";
            string id = OwnerTool.Core.Hex.Encode(_device.Identity.DeviceId);
            string prefix = "okf-bridge/";
            using MqttLink ha = Observe(_broker.Port, prefix + "#");
            using var stop = new CancellationTokenSource();
            Task<OkfRun> bridge = Task.Run(() => _okf.Run(stop.Token, "bridge", "--open-alert", "1s", "--exec", exec));
            WaitFor(ha, m => m.Topic == prefix + "bridge/availability" && Text(m) == "online", bridge);

            InboundMessage alert = null;
            Stopwatch waited = Stopwatch.StartNew();
            while (alert == null && waited.Elapsed < Patience)
            {
                // The bridge's watch subscribes a moment after it announces itself: publish until it has seen one.
                _device.PublishEvent(0x01, OpenSnapshot);
                alert = TryWait(ha, m => m.Topic == prefix + id + "/alert/state", TimeSpan.FromMilliseconds(300));
            }

            Assert.True(alert != null, "no open alert: " + Describe(bridge));
            Assert.Equal("open_alert", (string)JsonNode.Parse(Text(alert))["event_type"]);
            Assert.Equal("garage open for 1 second", (string)JsonNode.Parse(Text(alert))["message"]);
            InboundMessage notice = WaitFor(ha, m => m.Topic == prefix + "notify", bridge);
            Assert.Equal("open-alert", (string)JsonNode.Parse(Text(notice))["event"]);
            Assert.Contains(_seen, m => m.Topic == prefix + id + "/door/state" && Text(m) == "open");
            Eventually(() => File.Exists(log) && File.ReadAllText(log).Contains("open-alert garage open-alert open"), "the --exec line");

            stop.Cancel();
            Assert.Equal(0, bridge.Result.Code);
            WaitFor(ha, m => m.Topic == prefix + "bridge/availability" && Text(m) == "offline", bridge);
        }

        [Fact]
        public void HomeAssistantSeesTheBridgeOfflineByItsLastWillAndOnlineAgainAfterItReconnects()
        {
            var topics = new BridgeTopics(null, null);
            using var relay = new TcpRelay(_broker.Port);
            var settings = new ToolSettings { BrokerHost = _broker.Host, BrokerPort = relay.Port, Timeout = TimeSpan.FromSeconds(5) };
            using MqttLink ha = Observe(_broker.Port, topics.Availability);
            int announced = 0;
            var notices = new List<string>();
            using var stop = new CancellationTokenSource();
            var link = new HomeAssistantLink(settings, "okf-test-bridge", topics, n => { lock (notices) { notices.Add(n); } })
            {
                Connected = () => Interlocked.Increment(ref announced),
            };
            link.Connect();
            Task run = Task.Run(() => link.Run(_ => { }, stop.Token));
            WaitFor(ha, m => Text(m) == "online", null);

            relay.Cut();
            WaitFor(ha, m => Text(m) == "offline", null);
            relay.Restore();
            WaitFor(ha, m => Text(m) == "online", null);
            Assert.Equal(2, Volatile.Read(ref announced));

            stop.Cancel();
            run.Wait(Patience);
            link.Dispose();
            WaitFor(ha, m => Text(m) == "offline", null);
            Assert.Contains(notices, n => n.Contains(DeviceChannel.ReconnectedStatus, StringComparison.Ordinal));
        }

        public void Dispose()
        {
            _device.Dispose();
            _okf.Dispose();
        }

        private static MqttLink Observe(int port, string filter)
        {
            MqttLink link = MqttLink.Connect(new ToolSettings { BrokerHost = MosquittoBroker.LoopbackHost, BrokerPort = port }, "ha-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            link.Subscribe(Deadline.After(Patience), filter);
            return link;
        }

        private static string Text(InboundMessage m) => Encoding.UTF8.GetString(m.Payload);

        private static string Describe(Task<OkfRun> bridge) => bridge == null ? string.Empty : bridge.IsCompleted ? bridge.Result.ToString() : "(bridge running)";

        private static void Eventually(Func<bool> condition, string what)
        {
            Stopwatch waited = Stopwatch.StartNew();
            while (!condition())
            {
                if (waited.Elapsed > Patience)
                {
                    throw new TimeoutException("timed out waiting for " + what);
                }

                Thread.Sleep(50);
            }
        }

        private InboundMessage WaitFor(MqttLink link, Func<InboundMessage, bool> match, Task<OkfRun> bridge)
        {
            InboundMessage found = TryWait(link, match, Patience);
            Assert.True(found != null, "expected message did not arrive " + Describe(bridge));
            return found;
        }

        private InboundMessage TryWait(MqttLink link, Func<InboundMessage, bool> match, TimeSpan timeout)
        {
            Deadline deadline = Deadline.After(timeout);
            while (link.TryReceive(deadline, CancellationToken.None, out InboundMessage message))
            {
                _seen.Add(message);
                if (match(message))
                {
                    return message;
                }
            }

            return null;
        }
    }
}
