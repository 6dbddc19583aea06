// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using OwnerTool.Core;
using OwnerTool.Tests.Support;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>okf watch --exec and --open-alert: a script hears of each authenticated event and of a garage left open.</summary>
    public sealed class WatchNotificationTests : IClassFixture<BrokerFixture>, IDisposable
    {
        // Garage snapshot: state Open (3), no flags, no fault, cause owner key 1, idle.
        private static readonly byte[] OpenSnapshot = { 3, 0, 0, 1, 0, 0, 0, 1, 0 };
        private readonly Okf _okf;
        private readonly SimulatedDevice _device;
        private readonly string _log;

        public WatchNotificationTests(BrokerFixture broker)
        {
            _okf = new Okf(broker.Address);
            _device = new SimulatedDevice(broker.Broker.Host, broker.Broker.Port, "garage");
            Assert.Equal(0, _okf.Run("keygen").Code);
            _device.OpenPairingWindow();
            OkfRun run = _okf.Run("pair", _device.Uri, "--name", "garage");
            Assert.True(run.Code == 0, run.ToString());
            _log = Path.Combine(_okf.Folder, "notifications.log");
        }

        [Fact]
        public void ExecRunsPerEventWithTheEventInItsEnvironmentAndArguments()
        {
            string exec = "echo \"$OKF_DEVICE|$OKF_KIND|$OKF_EVENT|$OKF_STATE|$OKF_CODE|$1 $2 $3\" >> '" + _log + "'";
            Task<OkfRun> watch = Task.Run(() => _okf.Run("watch", "--count", "1", "--for", "60", "--exec", exec));
            PublishUntil(() => watch.IsCompleted);
            OkfRun run = watch.Result;
            Assert.True(run.Code == 0, run.ToString());
            string line = WaitForLog(l => l.Contains("door"));
            Assert.Equal("garage|garage|door|open|1|garage door open", line);
        }

        [Fact]
        public void AGarageLeftOpenIsReportedOnceAfterTheAlertTime()
        {
            string exec = "echo \"$OKF_EVENT $1 $2 $3\" >> '" + _log + "'";
            Task<OkfRun> watch = Task.Run(() => _okf.Run("watch", "--for", "8", "--open-alert", "1s", "--exec", exec));
            PublishUntil(() => File.Exists(_log) && File.ReadAllText(_log).Contains("door"));
            OkfRun run = watch.Result;
            Assert.True(run.Code == 0, run.ToString());
            Assert.Single(run.Output.Split('\n'), l => l.StartsWith("notice: garage open for 1 second", StringComparison.Ordinal));
            Assert.Equal("open-alert garage open-alert open", WaitForLog(l => l.StartsWith("open-alert", StringComparison.Ordinal)));
        }

        public void Dispose()
        {
            _device.Dispose();
            _okf.Dispose();
        }

        private void PublishUntil(Func<bool> done)
        {
            // The watch subscribes a moment after it starts: publish until it has seen one.
            Stopwatch waited = Stopwatch.StartNew();
            while (!done() && waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                _device.PublishEvent(0x01, OpenSnapshot);
                Thread.Sleep(200);
            }
        }

        private string WaitForLog(Func<string, bool> match)
        {
            Stopwatch waited = Stopwatch.StartNew();
            while (waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                if (File.Exists(_log))
                {
                    foreach (string line in File.ReadAllLines(_log))
                    {
                        if (match(line))
                        {
                            return line;
                        }
                    }
                }

                Thread.Sleep(50);
            }

            throw new TimeoutException("no matching notification in " + _log);
        }
    }
}
