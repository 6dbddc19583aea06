// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;
using Shared.Crypto.Audit;
using Shared.Crypto.Protocol;
using Shared.Runtime.Device;

namespace Doorbell.Firmware.Runtime
{
    /// <summary>
    /// The doorbell controller's view of the runtime: ring and motion events to every owner (refused while
    /// offline so the controller's outbox keeps them and drains on reconnect, with their original time), the
    /// pairing window (setup button only) and the factory reset. Requests made before the runtime exists
    /// (the boot-time reset hold) are kept and applied on <see cref="Attach"/>. Never blocks the poll thread.
    /// </summary>
    public sealed class DoorbellRuntimeBridge : IDoorbellEventSink, IPairingControl, IFactoryReset
    {
        /// <summary>Event data size: sequence (4), chime sounded (1), suppressed presses (2).</summary>
        public const int EventDataSize = 7;

        private readonly OutboundEvent _event = new OutboundEvent();
        private DeviceRuntime _runtime;
        private bool _pendingWipe;
        private bool _pendingPairing;

        /// <summary>Gets the attached runtime (null before <see cref="Attach"/>).</summary>
        public DeviceRuntime Runtime
        {
            get { return _runtime; }
        }

        /// <summary>Connects the runtime and applies requests made before it existed.</summary>
        /// <param name="runtime">The runtime.</param>
        public void Attach(DeviceRuntime runtime)
        {
            _runtime = runtime;
            if (_pendingWipe)
            {
                runtime.RequestFactoryReset();
            }

            if (_pendingPairing)
            {
                runtime.RequestPairingWindow();
            }
        }

        /// <inheritdoc/>
        public bool Deliver(RingEvent ringEvent)
        {
            DeviceRuntime runtime = _runtime;
            if (runtime == null || !runtime.IsOnline)
            {
                return false;
            }

            _event.Code = (byte)ringEvent.Kind;
            _event.UtcSeconds = ringEvent.UtcMs > 0 ? ringEvent.UtcMs / 1000 : 0;
            BigEndian.WriteUInt32(_event.Data, 0, (uint)ringEvent.Sequence);
            _event.Data[4] = ringEvent.ChimeSounded ? (byte)1 : (byte)0;
            int suppressed = ringEvent.SuppressedPresses > 0xFFFF ? 0xFFFF : ringEvent.SuppressedPresses;
            _event.Data[5] = (byte)(suppressed >> 8);
            _event.Data[6] = (byte)suppressed;
            _event.Length = EventDataSize;
            _event.Audit = false;
            _event.Actor = ActorKind.LocalButton;
            return runtime.QueueEvent(_event);
        }

        /// <inheritdoc/>
        public void OpenPairingWindow(long now)
        {
            DeviceRuntime runtime = _runtime;
            if (runtime == null)
            {
                _pendingPairing = true;
                return;
            }

            runtime.RequestPairingWindow();
        }

        /// <inheritdoc/>
        public bool IsPairingWindowOpen(long now)
        {
            DeviceRuntime runtime = _runtime;
            return runtime == null ? _pendingPairing : runtime.IsPairingWindowOpen;
        }

        /// <inheritdoc/>
        public void Wipe()
        {
            DeviceRuntime runtime = _runtime;
            if (runtime == null)
            {
                _pendingWipe = true;
                return;
            }

            runtime.RequestFactoryReset();
        }
    }
}
