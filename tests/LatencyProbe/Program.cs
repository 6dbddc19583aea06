// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using EndToEnd.Tests.Support;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using OwnerTool.Core;
using TestSupport;

namespace LatencyProbe
{
    /// <summary>
    /// Measures, on loopback and in one run: (1) an authenticated command round trip (owner seals a garage status
    /// command, mosquitto, the firmware's runtime verifies and executes it, seals the result, the owner opens it) and
    /// (2) a plain unauthenticated MQTT round trip (publish, a responder echoes, receive) over the same broker.
    /// Usage: <c>dotnet run -c Release --project tests/LatencyProbe [-- COUNT]</c> (default 300, at least 200).
    /// </summary>
    public static class Program
    {
        private const int Warmup = 20;

        /// <summary>Runs the measurement and prints median and p99 of both.</summary>
        /// <param name="args">Optional command count.</param>
        /// <returns>0 on success.</returns>
        public static int Main(string[] args)
        {
            int count = args.Length > 0 ? Math.Max(200, int.Parse(args[0], CultureInfo.InvariantCulture)) : 300;
            using (MosquittoBroker broker = new MosquittoBroker())
            {
                Run("mosquitto defaults (Nagle on)", broker.Host, broker.Port, count);
            }

            using (ProbeBroker broker = new ProbeBroker())
            {
                Run("mosquitto set_tcp_nodelay true", broker.Host, broker.Port, count);
            }

            // The firmware's threads run forever, as on the device: the process ends here as a power-off would.
            Console.Out.Flush();
            Environment.Exit(0);
            return 0;
        }

        private static void Run(string title, string host, int port, int count)
        {
            InProcessDevice garage = InProcessDevice.StartGarage(host, port);
            garage.WaitOnline();
            using Owner owner = new Owner(host, port);
            owner.Pair(garage, "garage");
            Console.WriteLine("== " + title + ": virtual garage " + garage.DeviceIdHex + " on " + host + ":" + port
                + ", " + count + " round trips each after " + Warmup + " warm-up ones");
            int writesBefore = owner.Client.Store.Writes;
            double[] command = MeasureCommands(owner, count);
            int writes = owner.Client.Store.Writes - writesBefore;
            double[] plain = MeasurePlainEcho(host, port, count);
            Print("authenticated status command", command);
            Print("plain MQTT echo (no crypto)", plain);
            Print("owner key-file write", MeasureKeyFileSave(owner, count));
            Console.WriteLine("   key-file writes during the " + (Warmup + count) + " commands: " + writes
                + "; ratio authenticated / plain: median " + (Median(command) / Median(plain)).ToString("0.0", CultureInfo.InvariantCulture)
                + ", mean " + (Mean(command) / Mean(plain)).ToString("0.0", CultureInfo.InvariantCulture));
            Console.WriteLine("   device answered " + garage.Runtime.Answered + ", dropped " + garage.Runtime.Unanswered);
            garage.Dispose();
        }

        private static double[] MeasureCommands(Owner owner, int count)
        {
            OwnerKeyFile file = owner.Client.LoadKeys();
            PairedDevice entry = OwnerClient.FindDevice(file, "garage", null);
            List<double> samples = new List<double>();
            using (DeviceChannel channel = owner.Client.OpenChannel(file, entry))
            {
                for (int i = 0; i < Warmup + count; i++)
                {
                    long start = Stopwatch.GetTimestamp();
                    CommandResult result = channel.Execute(GarageOpener.Firmware.Runtime.GarageAction.Status, Array.Empty<byte>(), CancellationToken.None);
                    double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    if (!result.IsDone)
                    {
                        throw new InvalidOperationException("status refused: " + ReasonText.Describe(result.Reason));
                    }

                    if (i >= Warmup)
                    {
                        samples.Add(ms);
                    }
                }
            }

            return samples.ToArray();
        }

        private static double[] MeasureKeyFileSave(Owner owner, int count)
        {
            // What one reservation of a counter block costs (atomic, fsync'd); okf pays it once per block of commands.
            OwnerKeyFile file = owner.Client.LoadKeys();
            double[] samples = new double[count];
            for (int i = 0; i < count; i++)
            {
                long start = Stopwatch.GetTimestamp();
                owner.Client.Store.Save(file);
                samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            return samples;
        }

        private static double[] MeasurePlainEcho(string host, int port, int count)
        {
            // Same client library and the same QoS as the real path: requests at QoS 1, answers at QoS 0.
            using MqttClient responder = Connect(host, port, "probe-responder");
            using MqttClient requester = Connect(host, port, "probe-requester");
            AutoResetEvent answered = new AutoResetEvent(false);
            SemaphoreSlim subscribed = new SemaphoreSlim(0);
            responder.MqttMsgPublishReceived += (s, e) => responder.Publish("probe/res", e.Message, null, null, MqttQoSLevel.AtMostOnce, false);
            requester.MqttMsgPublishReceived += (s, e) => answered.Set();
            responder.MqttMsgSubscribed += (s, e) => subscribed.Release();
            requester.MqttMsgSubscribed += (s, e) => subscribed.Release();
            responder.Subscribe(new[] { "probe/req" }, new[] { MqttQoSLevel.AtLeastOnce });
            requester.Subscribe(new[] { "probe/res" }, new[] { MqttQoSLevel.AtLeastOnce });
            subscribed.Wait(10000);
            subscribed.Wait(10000);
            byte[] payload = new byte[52];
            List<double> samples = new List<double>();
            for (int i = 0; i < Warmup + count; i++)
            {
                long start = Stopwatch.GetTimestamp();
                requester.Publish("probe/req", payload, null, null, MqttQoSLevel.AtLeastOnce, false);
                if (!answered.WaitOne(10000))
                {
                    throw new TimeoutException("no echo");
                }

                double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (i >= Warmup)
                {
                    samples.Add(ms);
                }
            }

            requester.Disconnect();
            responder.Disconnect();
            return samples.ToArray();
        }

        private static MqttClient Connect(string host, int port, string id)
        {
            MqttClient client = new MqttClient(host, port, false, null, null, MqttSslProtocols.None);
            client.Connect(id, true);
            return client;
        }

        private static double Mean(double[] samples)
        {
            double sum = 0;
            foreach (double sample in samples)
            {
                sum += sample;
            }

            return sum / samples.Length;
        }

        private static double Median(double[] samples)
        {
            double[] sorted = (double[])samples.Clone();
            Array.Sort(sorted);
            return sorted[sorted.Length / 2];
        }

        private static void Print(string name, double[] samples)
        {
            double[] sorted = (double[])samples.Clone();
            Array.Sort(sorted);
            double median = sorted[sorted.Length / 2];
            double p99 = sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * 0.99) - 1)];
            double mean = 0;
            foreach (double sample in sorted)
            {
                mean += sample / sorted.Length;
            }

            Console.WriteLine("   " + name.PadRight(30) + " n=" + sorted.Length + "  mean " + mean.ToString("0.000", CultureInfo.InvariantCulture)
                + " ms  median " + median.ToString("0.000", CultureInfo.InvariantCulture)
                + " ms  p99 " + p99.ToString("0.000", CultureInfo.InvariantCulture) + " ms  max "
                + sorted[sorted.Length - 1].ToString("0.000", CultureInfo.InvariantCulture) + " ms");
        }
    }
}
