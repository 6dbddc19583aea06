// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Threading;
using GarageOpener.Firmware.Controller;
using Shared.Runtime.Device;
using Shared.Runtime.Indicators;
using Shared.Runtime.Platform;

namespace GarageOpener.Firmware
{
    /// <summary>
    /// The wired garage opener: the controller, its relay pulser, the setup button (a short press is
    /// the local reset, a long hold opens pairing, a hold through boot factory-resets) and the status LED (the shared patterns: lit steadily while the door needs a local reset). <see cref="Poll"/>
    /// is the whole device step; the poll thread only calls it with the clock's time.
    /// </summary>
    public sealed class GarageDevice
    {
        /// <summary>How often the poll thread steps the device.</summary>
        public const int PollIntervalMs = 20;

        /// <summary>A setup-button press shorter than this is a local reset; longer ones belong to pairing.</summary>
        public const int LocalResetMaxPressMs = 2000;

        /// <summary>Holding the setup button this long opens the pairing window (physical presence); shared by both devices.</summary>
        public const int PairingHoldMs = SetupButton.PairingHoldMs;

        /// <summary>
        /// Only a setup button already held at the first poll (held through power-up) arms the factory reset, so a
        /// hold moments after boot still opens the pairing window.
        /// </summary>
        public const int FactoryResetArmWindowMs = 0;

        /// <summary>
        /// Supervisor timeout of the poll loop: twice the longest relay pulse, so a wedged loop (which can no longer
        /// release a relay) reboots the board, and the reboot drops every pin, within about 3 s of a pulse start.
        /// </summary>
        public const int PollLoopTimeoutMs = 2 * GarageSettings.MaxPulseMs;

        private readonly GarageController _controller;
        private readonly RelayPulser _relay;
        private readonly SetupButton _setupButton;
        private readonly StatusLed _statusLed;
        private readonly IClock _clock;
        private readonly ILog _log;
        private readonly GarageLogSink _events;
        private readonly SetupButtonNarrator _narrator;
        private int _pollFailures;
        private readonly object _sync = new object();
        private Thread _thread;
        private bool _running;
        private bool _wipeRequested;
        private DeviceRuntime _runtime;
        private int _heartbeat = -1;

        /// <summary>
        /// Assembles the device from its parts.
        /// </summary>
        /// <param name="controller">The door controller.</param>
        /// <param name="relay">The pulser the controller uses (released on any poll failure).</param>
        /// <param name="setupButton">The setup button, or <c>null</c>.</param>
        /// <param name="statusLed">The status LED, or <c>null</c>.</param>
        /// <param name="clock">The monotonic clock for the poll thread.</param>
        /// <param name="log">The log.</param>
        /// <param name="events">The controller's event sink (it logs, then forwards to the attached sink).</param>
        public GarageDevice(GarageController controller, RelayPulser relay, IDigitalInput setupButton,
            IDigitalOutput statusLed, IClock clock, ILog log, GarageLogSink events)
        {
            _events = events;
            _controller = controller;
            _relay = relay;
            // The setup button keeps the 50 ms filter of the other inputs for both press and release.
            _setupButton = setupButton == null
                ? null
                : new SetupButton(setupButton, DebouncedInput.StableMs, DebouncedInput.StableMs, LocalResetMaxPressMs, PairingHoldMs,
                    FactoryResetArmWindowMs);
            _statusLed = statusLed == null ? null : new StatusLed(statusLed);
            _clock = clock;
            _log = log;
            _narrator = new SetupButtonNarrator(log, "garage-opener");
        }

        /// <summary>Gets the door controller (commands, status, settings).</summary>
        public GarageController Controller
        {
            get { return _controller; }
        }

        /// <summary>Gets the relay pulser.</summary>
        public RelayPulser Relay
        {
            get { return _relay; }
        }

        /// <summary>
        /// Attaches the sink that receives every state change after the log line (the runtime's audit and
        /// owner-event forwarder); <c>null</c> detaches it.
        /// </summary>
        /// <param name="sink">The sink.</param>
        public void AttachSink(IGarageEventSink sink)
        {
            if (_events != null)
            {
                _events.Next = sink;
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
            get { return _runtime; }
        }

        /// <summary>
        /// Connects the device to the runtime: a long press of the setup button opens the pairing window, the
        /// status LED shows pairing/offline, and the poll loop reports to the supervisor.
        /// </summary>
        /// <param name="runtime">The runtime.</param>
        public void AttachRuntime(DeviceRuntime runtime)
        {
            _runtime = runtime;
            _heartbeat = runtime.Supervisor.Register("garage-poll", PollLoopTimeoutMs);
        }

        /// <summary>Gets how many polls threw (each released the relays and was logged).</summary>
        public int PollFailures
        {
            get { return _pollFailures; }
        }

        /// <summary>
        /// Steps the device once: controller, setup button, status LED. Never throws; on any error the
        /// relays are released before returning.
        /// </summary>
        /// <param name="now">The current time in milliseconds.</param>
        public void Poll(long now)
        {
            try
            {
                lock (_sync)
                {
                    _controller.Poll(now);
                    PollSetupButton(now);
                    if (_statusLed != null)
                    {
                        _statusLed.Show(CurrentLedPattern(), now);
                    }
                }
            }
            catch (Exception ex)
            {
                _relay.ReleaseAll();
                _pollFailures++;
                _log.WriteLine("garage-opener: poll failed, relays released: " + ex.Message);
            }
        }

        /// <summary>
        /// Starts the poll thread (every <see cref="PollIntervalMs"/> ms with the clock's time).
        /// </summary>
        public void StartPollThread()
        {
            if (_thread != null)
            {
                return;
            }

            _running = true;
            _thread = new Thread(RunPollLoop);
            _thread.Start();
        }

        /// <summary>Asks the poll thread to end after its current step.</summary>
        public void StopPollThread()
        {
            _running = false;
        }

        private void RunPollLoop()
        {
            while (_running)
            {
                DeviceRuntime runtime = _runtime;
                if (runtime != null)
                {
                    runtime.Supervisor.Beat(_heartbeat);
                }

                Poll(_clock.NowMilliseconds);
                Thread.Sleep(PollIntervalMs);
            }
        }

        private void PollSetupButton(long now)
        {
            if (_setupButton == null)
            {
                return;
            }

            SetupButtonEvent gesture = _setupButton.Poll(now);
            _narrator.Observe(_setupButton.IsResetHolding, _setupButton.IsResetConfirmed);
            if (gesture == SetupButtonEvent.ShortPress)
            {
                _log.WriteLine("garage-opener: local reset from the setup button");
                _controller.LocalReset(now);
            }
            else if (gesture == SetupButtonEvent.LongPress && _runtime != null)
            {
                // Opens while the button is still held (the LED confirms it).
                _log.WriteLine("garage-opener: setup button held: opening the pairing window");
                _runtime.RequestPairingWindow();
            }

            // Checked every poll, so a gesture completed before the runtime was attached still wipes once.
            if (_setupButton.IsResetConfirmed && !_wipeRequested && _runtime != null)
            {
                _wipeRequested = true;
                _log.WriteLine("garage-opener: setup button held through boot: factory reset");
                _runtime.RequestFactoryReset();
            }
        }

        // Runs every poll: reads flags and returns shared patterns, allocates nothing (a snapshot per poll
        // would be ~50 objects a second).
        private LedPattern CurrentLedPattern()
        {
            if (_setupButton != null && _setupButton.IsResetConfirmed)
            {
                return StatusLedPatterns.FactoryResetConfirmed;
            }

            if (_setupButton != null && _setupButton.IsResetHolding)
            {
                return StatusLedPatterns.FactoryResetHold;
            }

            if (_controller.NeedsLocalReset)
            {
                return StatusLedPatterns.Fault;
            }

            if (_runtime == null)
            {
                return null;
            }

            RuntimeStatus status = _runtime.Status;
            if (status == RuntimeStatus.Pairing)
            {
                return StatusLedPatterns.PairingWindow;
            }

            return status == RuntimeStatus.Offline ? StatusLedPatterns.Offline : StatusLedPatterns.Idle;
        }
    }
}
