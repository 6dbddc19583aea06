// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using OwnerTool.Cli;
using OwnerTool.Core;
using OwnerTool.Tests.Support;
using Shared.Crypto.Protocol;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>okf watch across a broker restart: a real mosquitto stopped and started on the same port, the simulated doorbell.</summary>
    public sealed class WatchReconnectTests : IClassFixture<BrokerFixture>, IDisposable
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
        private static readonly byte[] Ring = { 0, 0, 0, 1, 1, 0, 0 };
        private readonly BrokerFixture _broker;
        private readonly Okf _okf;
        private readonly SimulatedDevice _device;

        public WatchReconnectTests(BrokerFixture broker)
        {
            _broker = broker;
            _broker.Broker.Start();
            _okf = new Okf(broker.Address);
            _device = new SimulatedDevice(broker.Broker.Host, broker.Broker.Port, "doorbell");
            Assert.Equal(0, _okf.Run("keygen").Code);
            _device.OpenPairingWindow();
            OkfRun run = _okf.Run("pair", _device.Uri, "--name", "door");
            Assert.True(run.Code == 0, run.ToString());
        }

        [Fact]
        public void AfterARestartTheWatchSaysSoReconnectsAndDeliversNewEvents()
        {
            using var watch = new Watch(_okf, 0, null);
            watch.WaitForStatus("online", 0);
            PublishUntilSeen(watch, new byte[] { 0, 0, 0, 1, 1, 0, 0 }, 1);

            _broker.Broker.Stop();
            int lost = watch.WaitForStatus(DeviceChannel.ConnectionLostStatus, 0);
            _broker.Broker.Start();
            _device.Reconnect();
            int back = watch.WaitForStatus(DeviceChannel.ReconnectedStatus, lost);
            watch.WaitForStatus("online", back);
            PublishUntilSeen(watch, new byte[] { 0, 0, 0, 2, 1, 0, 0 }, 2);

            DeviceEvent[] events = watch.Events;
            Assert.Equal(new uint[] { 1, 2 }, events.Select(e => (uint)e.Data[3]).Distinct().ToArray());
            Assert.True(events.Zip(events.Skip(1), (a, b) => a.DeviceCounter < b.DeviceCounter).All(x => x), "device counters must increase");
            Assert.Null(watch.Failure);
        }

        [Fact]
        public void AnEventReplayedAfterTheReconnectIsNotShownAgain()
        {
            using var spy = new MqttClient(_broker.Broker.Host, _broker.Broker.Port, false, null, null, MqttSslProtocols.None);
            var captured = new ConcurrentQueue<byte[]>();
            spy.MqttMsgPublishReceived += (s, e) => captured.Enqueue(e.Message);
            spy.Connect("spy-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            spy.Subscribe(new[] { ProtocolTopics.OwnerOutbound(_device.Identity.DeviceId, KeyId()) }, new[] { MqttQoSLevel.AtLeastOnce });
            using var watch = new Watch(_okf, 0, null);
            watch.WaitForStatus("online", 0);
            PublishUntilSeen(watch, Ring, 1);
            Eventually(() => !captured.IsEmpty, "the spy to capture the sealed ring");

            _broker.Broker.Stop();
            int lost = watch.WaitForStatus(DeviceChannel.ConnectionLostStatus, 0);
            _broker.Broker.Start();
            _device.Reconnect();
            watch.WaitForStatus("online", watch.WaitForStatus(DeviceChannel.ReconnectedStatus, lost));

            // The broker (untrusted) delivers the old ring again, then the device sends a new one.
            using var replayer = new MqttClient(_broker.Broker.Host, _broker.Broker.Port, false, null, null, MqttSslProtocols.None);
            replayer.Connect("replay-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            foreach (byte[] old in captured)
            {
                replayer.Publish(ProtocolTopics.OwnerOutbound(_device.Identity.DeviceId, KeyId()), old, null, null, MqttQoSLevel.AtLeastOnce, false);
            }

            PublishUntilSeen(watch, new byte[] { 0, 0, 0, 2, 1, 0, 0 }, 2);
            Assert.Equal(1, watch.Events.Count(e => e.Data[3] == 1));
            replayer.Disconnect();
            spy.Disconnect();
        }

        [Fact]
        public async Task TheCommandLinePrintsTheLossTheNoticeAndTheReturnAndKeepsDecodingRings()
        {
            var output = new ConcurrentWriter();
            using var stop = new CancellationTokenSource();
            // --timeout also bounds each broker connect: 1 s, not less, so a loaded machine still connects at once.
            Task<int> run = Task.Run(() => App.Run(new[] { "watch", "--count", "2", "--for", "60", "--timeout", "1", "--broker", _okf.Broker,
                "--keys", _okf.KeyFile }, output, TextWriter.Null, stop.Token));
            Eventually(() => output.Text.Contains("status: online"), "okf watch to subscribe");
            PublishUntil(() => output.Text.Contains("ring #1"), new byte[] { 0, 0, 0, 1, 1, 0, 0 });

            _broker.Broker.Stop();
            Eventually(() => output.Text.Contains("status: broker still unreachable after"), "the still-unreachable notice (3 x --timeout)");
            _broker.Broker.Start();
            _device.Reconnect();
            PublishUntil(() => run.IsCompleted, new byte[] { 0, 0, 0, 2, 0, 0, 3 });

            Assert.Equal(0, await run);
            string text = output.Text;
            Assert.Contains("status: connection lost, reconnecting", text);
            Assert.Contains("ring #2, chime silent, 3 more presses rate-limited", text);
            int lost = text.IndexOf("status: connection lost", StringComparison.Ordinal);
            Assert.True(text.IndexOf("status: reconnected", lost, StringComparison.Ordinal) > lost, text);
            Assert.True(text.IndexOf("status: online", lost, StringComparison.Ordinal) > lost, text);
            Assert.DoesNotContain("event 0x01", text);
        }

        [Fact]
        public void ForStillEndsTheWatchWhileTheBrokerIsDown()
        {
            using var watch = new Watch(_okf, 0, TimeSpan.FromSeconds(3));
            watch.WaitForStatus("online", 0);
            _broker.Broker.Stop();
            watch.WaitForStatus(DeviceChannel.ConnectionLostStatus, 0);
            Assert.True(watch.Join(Patience), "the watch must end when --for runs out, broker or not");
            Assert.Null(watch.Failure);
            Assert.Equal(0, watch.Delivered);
        }

        [Fact]
        public void CancellingEndsTheWatchWhileItIsReconnecting()
        {
            using var watch = new Watch(_okf, 0, null);
            watch.WaitForStatus("online", 0);
            _broker.Broker.Stop();
            watch.WaitForStatus(DeviceChannel.ConnectionLostStatus, 0);
            watch.Cancel();
            Assert.True(watch.Join(Patience), "Ctrl+C must end a reconnecting watch");
            Assert.Null(watch.Failure);
        }

        [Fact]
        public async Task ACommandWaitingForItsResultEndsWith7WhenTheConnectionDropsInsteadOfWaitingOutItsTimeout()
        {
            _device.Silent = true;
            int before = Publishes();
            Task<OkfRun> command = Task.Run(() => _okf.Run("doorbell", "status", "--timeout", "600"));
            Eventually(() => Publishes() > before, "the command to be published");
            _broker.Broker.Stop();

            Assert.Same(command, await Task.WhenAny(command, Task.Delay(Patience)));
            OkfRun run = await command;
            Assert.Equal((int)ExitCode.BrokerUnreachable, run.Code);
            Assert.Contains("connection to the MQTT broker was lost while waiting for door (the command may or may not", run.Error);
        }

        public void Dispose()
        {
            _broker.Broker.Start();
            _device.Dispose();
            _okf.Dispose();
        }

        private int Publishes() => _broker.Broker.ReadLog().Split("Received PUBLISH from okf-").Length - 1;

        private byte KeyId() => (byte)new KeyStore(_okf.KeyFile).Load().Devices.Single().KeyId;

        private void PublishUntilSeen(Watch watch, byte[] data, int sequence)
        {
            PublishUntil(() => watch.Events.Any(e => e.Data[3] == sequence), data);
        }

        // Events are QoS 0 from the device and not retained: keep sending until the (re)subscribed watch has one.
        private void PublishUntil(Func<bool> done, byte[] data)
        {
            Stopwatch waited = Stopwatch.StartNew();
            while (!done())
            {
                Assert.True(waited.Elapsed < Patience, "timed out waiting for the event to be delivered");
                _device.PublishEvent(0x01, data);
                SpinWait.SpinUntil(done, 200);
            }
        }

        private static void Eventually(Func<bool> condition, string what)
        {
            Assert.True(SpinWait.SpinUntil(condition, Patience), "timed out waiting for " + what);
        }

        /// <summary>OwnerClient.WatchEvents on a background thread, its statuses and events recorded in order.</summary>
        private sealed class Watch : IDisposable
        {
            private readonly ConcurrentQueue<string> _statuses = new ConcurrentQueue<string>();
            private readonly ConcurrentQueue<DeviceEvent> _events = new ConcurrentQueue<DeviceEvent>();
            private readonly CancellationTokenSource _stop = new CancellationTokenSource();
            private readonly Thread _thread;

            public Watch(Okf okf, int count, TimeSpan? duration)
            {
                var settings = new ToolSettings { KeyFile = okf.KeyFile, Timeout = TimeSpan.FromSeconds(2) };
                ToolSettings.TryParseBroker(okf.Broker, out string host, out int port);
                settings.BrokerHost = host;
                settings.BrokerPort = port;
                var client = new OwnerClient(settings);
                _thread = new Thread(() =>
                {
                    try
                    {
                        Delivered = client.WatchEvents("door", count, duration, _events.Enqueue, _statuses.Enqueue, _stop.Token);
                    }
                    catch (Exception e)
                    {
                        Failure = e;
                    }
                }) { IsBackground = true };
                _thread.Start();
            }

            public DeviceEvent[] Events => _events.ToArray();

            public Exception Failure { get; private set; }

            public int Delivered { get; private set; } = -1;

            // Index of the first status equal to text at or after from (returns it; waits for it).
            public int WaitForStatus(string text, int from)
            {
                int found = -1;
                Eventually(() => (found = Array.IndexOf(_statuses.ToArray(), text, from)) >= 0 || Failure != null,
                    "status '" + text + "' (seen: " + string.Join(" | ", _statuses) + ")");
                Assert.Null(Failure);
                return found;
            }

            public void Cancel() => _stop.Cancel();

            public bool Join(TimeSpan patience) => _thread.Join(patience);

            public void Dispose()
            {
                _stop.Cancel();
                _thread.Join(Patience);
            }
        }

        /// <summary>A StringWriter that tests may read while okf writes from another thread.</summary>
        private sealed class ConcurrentWriter : StringWriter
        {
            public string Text
            {
                get
                {
                    lock (this)
                    {
                        return ToString();
                    }
                }
            }

            public override void Write(char value)
            {
                lock (this)
                {
                    base.Write(value);
                }
            }

            public override void Write(string value)
            {
                lock (this)
                {
                    base.Write(value);
                }
            }

            public override void WriteLine(string value)
            {
                lock (this)
                {
                    base.WriteLine(value);
                }
            }
        }
    }
}
