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
    /// Measures, on loopback and in one run: (1) an authenticated command round trip on an open channel (owner seals a
    /// garage status command, mosquitto, the firmware's runtime verifies and executes it, seals the result, the owner
    /// opens it), (2) the whole okf command as `okf garage status` runs it in-process (connect, subscribe, nonce, command,
    /// result, disconnect: OwnerClient.SendAction), (3) optionally the installed okf executable as a child process, and
    /// (4) a plain unauthenticated MQTT round trip (publish, a responder echoes, receive) over the same broker.
    /// Usage: <c>dotnet run -c Release --project tests/LatencyProbe [-- COUNT [--okf PATH] [--runs N]]</c> (COUNT default
    /// 300, at least 200; --okf: the installed tool, e.g. ~/.dotnet/tools/okf, timed over N runs, default 40).
    /// </summary>
    public static class Program
    {
        private const int Warmup = 20;

        /// <summary>Runs the measurement and prints median and p99 of both.</summary>
        /// <param name="args">Optional command count.</param>
        /// <returns>0 on success.</returns>
        public static int Main(string[] args)
        {
            int count = 300;
            string okf = null;
            int runs = 40;
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "--okf" && i + 1 < args.Length)
                {
                    okf = args[++i];
                }
                else if (args[i] == "--runs" && i + 1 < args.Length)
                {
                    runs = Math.Max(5, int.Parse(args[++i], CultureInfo.InvariantCulture));
                }
                else
                {
                    count = Math.Max(200, int.Parse(args[i], CultureInfo.InvariantCulture));
                }
            }

            using (MosquittoBroker broker = new MosquittoBroker())
            {
                Run("mosquitto defaults (Nagle on)", broker.Host, broker.Port, count, okf, runs);
            }

            using (ProbeBroker broker = new ProbeBroker())
            {
                Run("mosquitto set_tcp_nodelay true", broker.Host, broker.Port, count, okf, runs);
            }

            // The firmware's threads run forever, as on the device: the process ends here as a power-off would.
            Console.Out.Flush();
            Environment.Exit(0);
            return 0;
        }

        private static void Run(string title, string host, int port, int count, string okf, int runs)
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
            double[] whole = MeasureWholeCommands(owner, Math.Max(50, count / 4));
            double[] process = okf == null ? null : MeasureProcess(owner, okf, runs);
            double[] plain = MeasurePlainEcho(host, port, count);
            Print("authenticated status command", command);
            Print("okf garage status, in-process", whole);
            if (process != null)
            {
                Print("okf garage status, installed", process);
            }

            Print("plain MQTT echo (no crypto)", plain);
            Print("owner key-file write", MeasureKeyFileSave(owner, count));
            Console.WriteLine("   key-file writes during the " + (Warmup + count) + " commands: " + writes
                + "; ratio authenticated / plain: median " + Ratio(Median(command), Median(plain)) + ", p95 " + Ratio(P95(command), P95(plain))
                + ", mean " + Ratio(Mean(command), Mean(plain)));
            Console.WriteLine("   ratio okf command in-process / plain: median " + Ratio(Median(whole), Median(plain)) + ", p95 " + Ratio(P95(whole), P95(plain))
                + (process == null ? string.Empty
                    : "; installed okf / plain: median " + Ratio(Median(process), Median(plain)) + ", p95 " + Ratio(P95(process), P95(plain))));
            Console.WriteLine("   device answered " + garage.Runtime.Answered + ", dropped " + garage.Runtime.Unanswered);
            garage.Dispose();
        }

        private static string Ratio(double a, double b) => (a / b).ToString("0.0", CultureInfo.InvariantCulture);

        private static double[] MeasureWholeCommands(Owner owner, int count)
        {
            // What one `okf garage status` does after its process started: load the key file, connect, subscribe, wait
            // for the retained nonce, seal, publish, open the result, disconnect.
            List<double> samples = new List<double>();
            for (int i = 0; i < Warmup + count; i++)
            {
                long start = Stopwatch.GetTimestamp();
                CommandResult result = owner.Client.SendAction("garage", "garage", "status", null, CancellationToken.None);
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

            return samples.ToArray();
        }

        private static double[] MeasureProcess(Owner owner, string okf, int runs)
        {
            // The installed tool as a user runs it: process start, runtime start-up, the command, exit.
            List<double> samples = new List<double>();
            for (int i = 0; i < 3 + runs; i++)
            {
                ProcessStartInfo start = new ProcessStartInfo(okf)
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                foreach (string a in new[] { "garage", "status", "--broker", owner.BrokerAddress, "--keys", owner.KeyFile })
                {
                    start.ArgumentList.Add(a);
                }

                long begin = Stopwatch.GetTimestamp();
                using (Process process = Process.Start(start))
                {
                    string output = process.StandardOutput.ReadToEnd();
                    string error = process.StandardError.ReadToEnd();
                    process.WaitForExit();
                    double ms = Stopwatch.GetElapsedTime(begin).TotalMilliseconds;
                    if (process.ExitCode != 0)
                    {
                        throw new InvalidOperationException(okf + " exited " + process.ExitCode + ": " + output + error);
                    }

                    if (i >= 3)
                    {
                        samples.Add(ms);
                    }
                }
            }

            return samples.ToArray();
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

        private static double P95(double[] samples)
        {
            double[] sorted = (double[])samples.Clone();
            Array.Sort(sorted);
            return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * 0.95) - 1)];
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
                + " ms  p95 " + P95(samples).ToString("0.000", CultureInfo.InvariantCulture)
                + " ms  p99 " + p99.ToString("0.000", CultureInfo.InvariantCulture) + " ms  max "
                + sorted[sorted.Length - 1].ToString("0.000", CultureInfo.InvariantCulture) + " ms");
        }
    }
}
