// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Threading;
using GarageOpener.Firmware.Controller;
using Shared.Crypto.Audit;
using Shared.Runtime.Platform;

namespace GarageOpener.Firmware
{
    /// <summary>
    /// The wired garage opener: the controller, its relay pulser, the setup button (a short press is
    /// the local reset) and the status LED (lit while the door needs a local reset). <see cref="Poll"/>
    /// is the whole device step; the poll thread only calls it with the clock's time.
    /// </summary>
    public sealed class GarageDevice
    {
        /// <summary>How often the poll thread steps the device.</summary>
        public const int PollIntervalMs = 20;

        /// <summary>A setup-button press shorter than this is a local reset; longer ones belong to pairing.</summary>
        public const int LocalResetMaxPressMs = 2000;

        private readonly GarageController _controller;
        private readonly RelayPulser _relay;
        private readonly DebouncedInput _setupButton;
        private readonly IDigitalOutput _statusLed;
        private readonly IClock _clock;
        private readonly ILog _log;
        private bool _pressed;
        private long _pressedAt;
        private int _pollFailures;
        private Thread _thread;
        private bool _running;

        /// <summary>
        /// Assembles the device from its parts.
        /// </summary>
        /// <param name="controller">The door controller.</param>
        /// <param name="relay">The pulser the controller uses (released on any poll failure).</param>
        /// <param name="setupButton">The setup button, or <c>null</c>.</param>
        /// <param name="statusLed">The status LED, or <c>null</c>.</param>
        /// <param name="clock">The monotonic clock for the poll thread.</param>
        /// <param name="log">The log.</param>
        public GarageDevice(GarageController controller, RelayPulser relay, IDigitalInput setupButton,
            IDigitalOutput statusLed, IClock clock, ILog log)
        {
            _controller = controller;
            _relay = relay;
            _setupButton = new DebouncedInput(setupButton);
            _statusLed = statusLed;
            _clock = clock;
            _log = log;
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
                _controller.Poll(now);
                PollSetupButton(now);
                if (_statusLed != null)
                {
                    GarageSnapshot s = _controller.Snapshot(now);
                    bool attention = s.State == DoorState.Fault || s.UnattendedCloseSuspended;
                    if (_statusLed.IsActive != attention)
                    {
                        _statusLed.Write(attention);
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
                Poll(_clock.NowMilliseconds);
                Thread.Sleep(PollIntervalMs);
            }
        }

        private void PollSetupButton(long now)
        {
            if (!_setupButton.Sample(now))
            {
                return;
            }

            if (_setupButton.IsActive)
            {
                _pressed = true;
                _pressedAt = now;
                return;
            }

            if (_pressed && !MonotonicTime.HasElapsed(now, _pressedAt, LocalResetMaxPressMs))
            {
                _log.WriteLine("garage-opener: local reset from the setup button");
                _controller.LocalReset(now);
            }

            _pressed = false;
        }
    }
}
