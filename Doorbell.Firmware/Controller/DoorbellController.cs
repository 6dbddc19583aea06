// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Audit;
using Shared.Runtime.Device;
using Shared.Runtime.Indicators;
using Shared.Runtime.Platform;

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// The doorbell's portable logic: presses become rings (filtered, rate limited), rings sound the chime
    /// unless silenced, trigger the camera and become events; the setup button opens pairing or, held
    /// through boot, factory-resets. Every output is pulsed with its switch-off scheduled, and
    /// <see cref="Poll"/> releases due outputs even when another step throws. Owner commands are in
    /// DoorbellController.Commands.cs. Thread-safe: the poll thread and the command thread may call in.
    /// </summary>
    public sealed partial class DoorbellController
    {
        private readonly object _sync = new object();
        private readonly DoorbellSettings _settings;
        private readonly PressDetector _button;
        private readonly SetupButton _setup;
        private readonly MotionMonitor _motion;
        private readonly RingRateLimiter _limiter;
        private readonly ChimeSequencer _chime;
        private readonly BoundedOutput _chimeRelay;
        private readonly BoundedOutput _camera;
        private readonly BoundedOutput _strike;
        private readonly StatusLed _led;
        private StatusLedMode _ledMode;
        private readonly ChimeSilencer _silencer = new ChimeSilencer();
        private readonly EventOutbox _outbox;
        private readonly RingEvent _building = new RingEvent();
        private IPairingControl _pairing;
        private IFactoryReset _factoryReset;
        private int _sequence;
        private bool _ringAck;
        private long _ringAckUntil;
        private bool _utcKnown;
        private long _utcRefUnixMs;
        private long _utcRefMonotonic;
        private bool _wiped;
        private ActorKind _strikeActor;
        private int _strikeActorId;

        /// <summary>
        /// Builds the controller and drives every output inactive.
        /// </summary>
        /// <param name="ports">The inputs and outputs; optional ones may be null.</param>
        /// <param name="settings">Initial settings (copied and clamped), or null for the defaults.</param>
        /// <param name="queueCapacity">Capacity of the offline event queue.</param>
        public DoorbellController(DoorbellPorts ports, DoorbellSettings settings, int queueCapacity)
        {
            if (ports == null || ports.Button == null || ports.SetupButton == null || ports.ChimeRelay == null
                || ports.CameraTrigger == null || ports.StatusLed == null)
            {
                throw new ArgumentNullException("ports");
            }

            // Outputs first, so they are inactive before any input is looked at.
            _strike = ports.StrikeRelay == null
                ? null
                : new BoundedOutput(ports.StrikeRelay, DoorbellLimits.StrikeMaxSeconds * 1000);
            _chimeRelay = new BoundedOutput(ports.ChimeRelay, DoorbellLimits.ChimeMaxOnMs);
            _camera = new BoundedOutput(ports.CameraTrigger, DoorbellLimits.CameraMaxPulseMs);
            _led = new StatusLed(ports.StatusLed);
            _chime = new ChimeSequencer(_chimeRelay);

            _settings = settings == null || !settings.IsValid() ? DoorbellSettings.Defaults() : settings.Clone();
            _settings.Clamp();
            _button = new PressDetector(ports.Button, _settings.DebounceMs, _settings.MinPressMs, 0);
            // A short press of the doorbell's setup button has no meaning (0 disables it).
            _setup = new SetupButton(
                ports.SetupButton, DoorbellLimits.SetupDebounceMs, DoorbellLimits.SetupMinPressMs, 0, DoorbellLimits.PairingHoldMs,
                DoorbellLimits.FactoryResetArmWindowMs);
            _motion = ports.Motion == null ? null : new MotionMonitor(ports.Motion, _settings.MotionIntervalMs);
            _limiter = new RingRateLimiter(_settings.RingBurst, _settings.RingRefillMs);
            _outbox = new EventOutbox(queueCapacity);
        }

        /// <summary>
        /// Gets whether the factory-reset gesture completed (the runtime restarts the device after
        /// <see cref="DoorbellLimits.FactoryResetConfirmMs"/> once <see cref="FactoryResetWiped"/> is true).
        /// </summary>
        public bool FactoryResetRequested
        {
            get { return _setup.IsResetConfirmed; }
        }

        /// <summary>
        /// Gets whether the setup button is held through power-up and the factory reset will come if it stays held.
        /// </summary>
        public bool FactoryResetHolding
        {
            get { return _setup.IsResetHolding; }
        }

        /// <summary>
        /// Gets whether <see cref="IFactoryReset.Wipe"/> has returned.
        /// </summary>
        public bool FactoryResetWiped
        {
            get { return _wiped; }
        }

        /// <summary>
        /// Sets where events go; until a sink is attached and the device is online, events wait in the queue.
        /// </summary>
        /// <param name="sink">The sink, or null to detach.</param>
        public void AttachSink(IDoorbellEventSink sink)
        {
            _outbox.Attach(sink);
        }

        /// <summary>
        /// Sets the pairing window the setup button's long press opens.
        /// </summary>
        /// <param name="pairing">The pairing control, or null.</param>
        public void AttachPairing(IPairingControl pairing)
        {
            _pairing = pairing;
        }

        /// <summary>
        /// Sets what wipes the device; a reset gesture completed earlier is carried out at the next poll.
        /// </summary>
        /// <param name="factoryReset">The factory reset, or null.</param>
        public void AttachFactoryReset(IFactoryReset factoryReset)
        {
            _factoryReset = factoryReset;
        }

        /// <summary>
        /// Tells the controller whether events can be delivered; on reconnect the queue drains, oldest first.
        /// </summary>
        /// <param name="online"><c>true</c> when connected to the broker.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        public void SetOnline(bool online, long now)
        {
            _outbox.SetOnline(online, now);
        }

        /// <summary>
        /// Supplies a trusted UTC (for example from an owner's authenticated message); later events carry
        /// it, advanced by the monotonic clock. Events before the first call carry 0.
        /// </summary>
        /// <param name="unixMs">The UTC at <paramref name="now"/>, in Unix milliseconds.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        public void SetTrustedUtc(long unixMs, long now)
        {
            lock (_sync)
            {
                _utcKnown = true;
                _utcRefUnixMs = unixMs;
                _utcRefMonotonic = now;
            }
        }

        /// <summary>
        /// Samples every input, runs the state machines, releases due outputs, updates the LED, then hands
        /// queued events to the sink outside the lock. Call every 10-20 ms.
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        public void Poll(long now)
        {
            // Each step runs even if an earlier one threw; the first failure is rethrown at the end.
            Exception failure = null;
            lock (_sync)
            {
                try
                {
                    PollInputs(now);
                }
                catch (Exception ex)
                {
                    failure = ex;
                }

                // The strike first: of all outputs it matters most that it closes on time.
                if (_strike != null)
                {
                    _strike.Poll(now);
                }

                _camera.Poll(now);
                try
                {
                    _chime.Poll(now);
                }
                catch (Exception ex)
                {
                    failure = failure == null ? ex : failure;
                }

                try
                {
                    _ledMode = LedModeAt(now);
                    _led.Show(DoorbellLedPatterns.For(_ledMode), now);
                }
                catch (Exception ex)
                {
                    failure = failure == null ? ex : failure;
                }
            }

            _outbox.Deliver(now);
            if (failure != null)
            {
                throw failure;
            }
        }

        private void PollInputs(long now)
        {
            if (_button.Poll(now) == PressEvent.Pressed)
            {
                OnPress(now);
            }

            int motionSuppressed;
            if (_motion != null && _motion.Poll(now, out motionSuppressed) && _settings.MotionEnabled)
            {
                if (_settings.CameraOnMotion)
                {
                    _camera.Pulse(now, _settings.CameraPulseMs);
                }

                Record(DoorbellEventKind.Motion, now, false, motionSuppressed);
            }

            SetupButtonEvent setup = _setup.Poll(now);
            if (setup == SetupButtonEvent.FactoryReset)
            {
                // Nothing stays energised while the device wipes itself.
                _chime.Stop();
                if (_strike != null)
                {
                    _strike.Off();
                }
            }

            if (_setup.IsResetConfirmed && !_wiped && _factoryReset != null)
            {
                _factoryReset.Wipe();
                _wiped = true;
            }

            if (setup == SetupButtonEvent.LongPress && _pairing != null)
            {
                _pairing.OpenPairingWindow(now);
            }
        }

        private void OnPress(long now)
        {
            int suppressed;
            if (!_limiter.TryRing(now, out suppressed))
            {
                return;
            }

            bool chime = _settings.ChimeEnabled && !_silencer.IsSilenced(now);
            if (chime)
            {
                _chime.Play(ChimePattern.ForIndex(_settings.ChimePatternIndex), now);
            }

            _camera.Pulse(now, _settings.CameraPulseMs);
            _ringAck = true;
            _ringAckUntil = MonotonicTime.After(now, DoorbellLimits.RingAcknowledgeMs);
            Record(DoorbellEventKind.Ring, now, chime, suppressed);
        }

        private void Record(DoorbellEventKind kind, long now, bool chime, int suppressed)
        {
            _sequence++;
            _building.Sequence = _sequence;
            _building.Kind = kind;
            _building.MonotonicMs = now;
            _building.UtcMs = _utcKnown ? _utcRefUnixMs + MonotonicTime.Elapsed(now, _utcRefMonotonic) : 0;
            _building.ChimeSounded = chime;
            _building.SuppressedPresses = suppressed;
            _outbox.Add(_building);
        }

        private StatusLedMode LedModeAt(long now)
        {
            if (_setup.IsResetConfirmed)
            {
                return StatusLedMode.FactoryResetConfirmed;
            }

            if (_setup.IsResetHolding)
            {
                return StatusLedMode.FactoryResetHold;
            }

            if (_pairing != null && _pairing.IsPairingWindowOpen(now))
            {
                return StatusLedMode.PairingWindow;
            }

            if (_ringAck && !MonotonicTime.IsDue(now, _ringAckUntil))
            {
                return StatusLedMode.RingAcknowledged;
            }

            _ringAck = false;
            return _outbox.Online ? StatusLedMode.Idle : StatusLedMode.Offline;
        }
    }
}
