// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using GarageOpener.Firmware.Controller;
using Shared.Crypto.Audit;
using Shared.Crypto.Keys;
using Shared.Crypto.Protocol;
using Shared.Runtime.Device;
using Shared.Runtime.Platform;

namespace GarageOpener.Firmware.Runtime
{
    /// <summary>
    /// Maps authenticated garage actions onto the controller (under the device's lock: the poll thread uses it
    /// too). The controller decides; its reason codes pass through unchanged, and every result carries the
    /// door snapshot.
    /// </summary>
    public sealed class GarageCommandHandler : IDeviceActions
    {
        private readonly GarageController _controller;
        private readonly object _sync;
        private readonly IClock _clock;
        private readonly byte[] _record = new byte[GarageSettingsCodec.Size];
        private DeviceRuntime _store;
        private readonly byte[] _saved = new byte[GarageSettingsCodec.Size];
        private int _savedLength = -1;
        private int _pendingSave;

        /// <summary>Creates the handler.</summary>
        /// <param name="controller">The controller.</param>
        /// <param name="sync">The lock the poll loop holds while it runs the controller.</param>
        /// <param name="clock">The controller's clock.</param>
        public GarageCommandHandler(GarageController controller, object sync, IClock clock)
        {
            _controller = controller;
            _sync = sync;
            _clock = clock;
        }

        /// <summary>
        /// Restores the settings saved on flash (if any) and saves every accepted change from now on. Call before
        /// the runtime's threads start.
        /// </summary>
        /// <param name="runtime">The runtime whose record store keeps the settings.</param>
        public void AttachStore(DeviceRuntime runtime)
        {
            _store = runtime;
            int length = runtime.LoadRecord(GarageSettingsCodec.RecordName, _record);
            GarageSettings saved = length < 0 ? null : GarageSettingsCodec.TryDecode(_record, 0, length);
            if (saved != null)
            {
                System.Array.Copy(_record, _saved, length);
                _savedLength = length;
                lock (_sync)
                {
                    _controller.RestoreSettings(saved);
                }
            }
        }

        /// <inheritdoc/>
        public byte StateCode
        {
            get
            {
                lock (_sync)
                {
                    return (byte)_controller.Snapshot(_clock.NowMilliseconds).State;
                }
            }
        }

        /// <inheritdoc/>
        public byte Execute(CommandContext context)
        {
            bool isAdmin = context.Role == OwnerRole.Admin && context.Actor == ActorKind.Owner;
            int actorId = context.Actor == ActorKind.Guest ? (int)context.PassId : context.KeyId;
            long now = _clock.NowMilliseconds;
            byte reason;
            _pendingSave = 0;
            lock (_sync)
            {
                reason = Run(context, isAdmin, actorId, now);
                context.ResultLength = GarageSnapshotCodec.Encode(_controller.Snapshot(now), context.ResultData, 0);
            }

            if (_pendingSave > 0 && !SameAsSaved(_pendingSave))
            {
                // Outside the device lock: a flash write must not stall the poll loop (relay release, warning).
                // Runs on the runtime thread, the only one that writes the record store.
                _store.SaveRecord(GarageSettingsCodec.RecordName, _record, 0, _pendingSave);
                System.Array.Copy(_record, _saved, _pendingSave);
                _savedLength = _pendingSave;
            }

            return reason;
        }

        // Settings re-sent unchanged cost no flash write (flash wears, and a write stalls the runtime thread).
        private bool SameAsSaved(int length)
        {
            if (length != _savedLength)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (_record[i] != _saved[i])
                {
                    return false;
                }
            }

            return true;
        }

        private byte Run(CommandContext context, bool isAdmin, int actorId, long now)
        {
            ActorKind actor = context.Actor;
            bool noArguments = context.ArgumentsLength == 0;
            switch (context.Action)
            {
                case GarageAction.Status:
                    return noArguments ? GarageReason.Done : (byte)ReasonCode.BadArguments;
                case GarageAction.Open:
                    return noArguments ? _controller.Open(actor, actorId, isAdmin, now) : (byte)ReasonCode.BadArguments;
                case GarageAction.Close:
                    return noArguments ? _controller.Close(actor, actorId, isAdmin, now) : (byte)ReasonCode.BadArguments;
                case GarageAction.Stop:
                    return noArguments ? _controller.Stop(actor, actorId, isAdmin, now) : (byte)ReasonCode.BadArguments;
                case GarageAction.Lock:
                    return noArguments ? _controller.SetLocked(true, actor, actorId, isAdmin, now) : (byte)ReasonCode.BadArguments;
                case GarageAction.Unlock:
                    return noArguments ? _controller.SetLocked(false, actor, actorId, isAdmin, now) : (byte)ReasonCode.BadArguments;
                case GarageAction.Settings:
                    return ApplySettings(context, isAdmin, actorId, now);
            }

            return (byte)ReasonCode.UnknownAction;
        }

        private byte ApplySettings(CommandContext context, bool isAdmin, int actorId, long now)
        {
            GarageSettings requested = GarageSettingsCodec.TryDecode(context.Arguments, context.ArgumentsOffset, context.ArgumentsLength);
            if (requested == null)
            {
                return (byte)ReasonCode.BadArguments;
            }

            byte reason = _controller.ApplySettings(requested, context.Actor, actorId, isAdmin, now);
            if (reason == GarageReason.Done && _store != null)
            {
                // Encoded under the lock, saved by Execute after it.
                _pendingSave = GarageSettingsCodec.Encode(_controller.Settings, _record, 0);
            }

            return reason;
        }
    }
}
