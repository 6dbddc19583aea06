// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Threading;
using Doorbell.Firmware.Controller;
using Doorbell.Firmware.Runtime;
using Shared.Runtime.Device;
using Shared.Runtime.Platform;

namespace Doorbell.Firmware
{
    /// <summary>
    /// A wired doorbell: the controller plus the clock and the poll loop that drives it. Tests and the
    /// virtual device call <see cref="Poll"/> themselves with their own clock; the device starts the loop.
    /// </summary>
    public sealed class DoorbellDevice
    {
        /// <summary>Poll period of the device loop in milliseconds: well under the 60 ms minimum press.</summary>
        public const int DefaultPollPeriodMs = 10;

        /// <summary>
        /// Supervisor timeout of the poll loop: a wedged loop can no longer switch the strike, chime or camera off,
        /// so the board reboots (every pin drops) about 3 s after the last poll, not 6.
        /// </summary>
        public const int PollLoopTimeoutMs = 2000;

        private readonly DoorbellController _controller;
        private readonly IClock _clock;
        private readonly ILog _log;
        private readonly SetupButtonNarrator _narrator;
        private Thread _thread;
        private bool _running;
        private int _periodMs;
        private int _pollFailures;
        private readonly object _sync = new object();
        private readonly DoorbellRuntimeBridge _bridge = new DoorbellRuntimeBridge();
        private bool _reportedOnline;
        private long _lastUtcSync;
        private bool _utcSynced;
        private int _heartbeat = -1;

        /// <summary>
        /// Wraps a controller.
        /// </summary>
        /// <param name="controller">The controller.</param>
        /// <param name="clock">The monotonic clock the poll loop reads.</param>
        /// <param name="log">Where failures are reported.</param>
        public DoorbellDevice(DoorbellController controller, IClock clock, ILog log)
        {
            _controller = controller;
            _clock = clock;
            _log = log;
            _narrator = new SetupButtonNarrator(log, "doorbell");
        }

        /// <summary>
        /// Routes rings, the pairing gesture and the factory reset to the runtime bridge before the runtime exists,
        /// so a reset hold at boot is kept until <see cref="AttachRuntime"/> (Program.Main joins Wi-Fi meanwhile).
        /// </summary>
        public void PrepareRuntime()
        {
            lock (_sync)
            {
                _controller.AttachSink(_bridge);
                _controller.AttachPairing(_bridge);
                _controller.AttachFactoryReset(_bridge);
            }
        }

        /// <summary>Gets the lock held while the controller runs (commands from the runtime take it too).</summary>
        public object SyncRoot
        {
            get { return _sync; }
        }

        /// <summary>Gets the attached runtime, or null when the device runs without one.</summary>
        public DeviceRuntime Runtime
        {
            get { return _bridge.Runtime; }
        }

        /// <summary>
        /// Connects the runtime: rings go to the owners, the setup button's long press opens the pairing window,
        /// the boot hold resets the device, the poll loop reports to the supervisor.
        /// </summary>
        /// <param name="runtime">The runtime.</param>
        public void AttachRuntime(DeviceRuntime runtime)
        {
            PrepareRuntime();
            _heartbeat = runtime.Supervisor.Register("doorbell-poll", PollLoopTimeoutMs);

            // Under the poll lock: a boot-hold reset or pairing press recorded by the poll thread while the
            // runtime is being attached is then either pending (applied here) or sent to the runtime, never lost.
            lock (_sync)
            {
                _bridge.Attach(runtime);
            }
        }

        /// <summary>
        /// Gets the controller, for the runtime's command glue.
        /// </summary>
        public DoorbellController Controller
        {
            get { return _controller; }
        }

        /// <summary>
        /// Gets the clock the poll loop reads.
        /// </summary>
        public IClock Clock
        {
            get { return _clock; }
        }

        /// <summary>
        /// Gets how many polls threw (the loop survives them; outputs were still released).
        /// </summary>
        public int PollFailures
        {
            get { return _pollFailures; }
        }

        /// <summary>
        /// Runs one poll at <paramref name="now"/>; an exception is logged and counted, never thrown.
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        public void Poll(long now)
        {
            try
            {
                lock (_sync)
                {
                    try
                    {
                        SyncRuntime(now);
                    }
                    finally
                    {
                        // A failing runtime read must not skip the controller: it is what switches outputs off.
                        _controller.Poll(now);
                        _narrator.Observe(_controller.FactoryResetHolding, _controller.FactoryResetRequested);
                    }
                }
            }
            catch (Exception ex)
            {
                _pollFailures++;

                // The first failure and then every hundredth: a repeating fault must not flood the console.
                if (_pollFailures % 100 == 1)
                {
                    _log.WriteLine("doorbell: poll failed (" + _pollFailures.ToString() + "): " + ex.Message);
                }
            }
        }

        /// <summary>
        /// Starts the poll loop on its own thread (does nothing if it runs already).
        /// </summary>
        /// <param name="periodMs">The poll period in milliseconds.</param>
        public void StartPolling(int periodMs)
        {
            if (_running)
            {
                return;
            }

            _running = true;
            _periodMs = periodMs < 1 ? DefaultPollPeriodMs : periodMs;
            _thread = new Thread(Loop);
            _thread.Start();
        }

        private void Loop()
        {
            while (_running)
            {
                DeviceRuntime runtime = _bridge.Runtime;
                if (runtime != null)
                {
                    runtime.Supervisor.Beat(_heartbeat);
                }

                Poll(_clock.NowMilliseconds);
                Thread.Sleep(_periodMs);
            }
        }

        /// <summary>
        /// Asks the poll loop to stop after its current poll.
        /// </summary>
        public void StopPolling()
        {
            _running = false;
        }

        private void SyncRuntime(long now)
        {
            DeviceRuntime runtime = _bridge.Runtime;
            if (runtime == null)
            {
                return;
            }

            bool online = runtime.IsOnline;
            if (online != _reportedOnline)
            {
                // Going online lets the controller's outbox drain what it kept while offline.
                _reportedOnline = online;
                _controller.SetOnline(online, now);
            }

            long utc;
            if ((!_utcSynced || MonotonicTime.HasElapsed(now, _lastUtcSync, 60000)) && runtime.TryGetTrustedUtc(now, out utc))
            {
                _utcSynced = true;
                _lastUtcSync = now;
                _controller.SetTrustedUtc(utc * 1000, now);
            }
        }
    }
}
