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
    /// door snapshot, except Settings, whose result is the settings in force (read with no arguments).
    /// </summary>
    public sealed class GarageCommandHandler : IDeviceActions
    {
        private readonly GarageController _controller;
        private readonly object _sync;
        private readonly IClock _clock;
        private readonly SettingsRecord _settings = new SettingsRecord(GarageSettingsCodec.RecordName, GarageSettingsCodec.Size);

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
            int length = _settings.Load(runtime);
            GarageSettings saved = length < 0 ? null : GarageSettingsCodec.TryDecode(_settings.Buffer, 0, length);
            if (saved != null)
            {
                _settings.MarkSaved(length);
                lock (_sync)
                {
                    _controller.RestoreSettings(saved);
                }
            }
        }

        /// <inheritdoc/>
        public void RestoreDefaults()
        {
            _settings.ForgetSaved();
            lock (_sync)
            {
                _controller.RestoreSettings(new GarageSettings());
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
            _settings.ClearPending();
            lock (_sync)
            {
                if (context.Action == GarageAction.Settings)
                {
                    reason = RunSettings(context, isAdmin, actorId, now);
                }
                else
                {
                    reason = Run(context, isAdmin, actorId, now);
                    context.ResultLength = GarageSnapshotCodec.Encode(_controller.Snapshot(now), context.ResultData, 0);
                }
            }

            // Outside the device lock: a flash write must not stall the poll loop (relay release, warning).
            _settings.SavePending();
            return reason;
        }

        private byte Run(CommandContext context, bool isAdmin, int actorId, long now)
        {
            ActorKind actor = context.Actor;
            bool noArguments = context.ArgumentsLength == 0;
            switch (context.Action)
            {
                case GarageAction.Status:
                    // Reading changes nothing, so it costs a guest no use of the pass.
                    context.ConsumesPassUse = false;
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
            }

            return (byte)ReasonCode.UnknownAction;
        }

        /// <summary>
        /// Runs the Settings action; call only from <see cref="Execute"/>, which holds the lock. No arguments reads the
        /// settings in force; 12 bytes change them. The result data is the settings in force afterwards (also when a
        /// change is refused), none when Forbidden or BadArguments.
        /// </summary>
        private byte RunSettings(CommandContext context, bool isAdmin, int actorId, long now)
        {
            context.ResultLength = 0;

            // Checked first, as on the doorbell: a member or guest learns nothing about the settings, not even their size.
            if (!isAdmin)
            {
                return (byte)ReasonCode.Forbidden;
            }

            byte reason = GarageReason.Done;
            if (context.ArgumentsLength != 0)
            {
                GarageSettings requested = GarageSettingsCodec.TryDecode(context.Arguments, context.ArgumentsOffset, context.ArgumentsLength);
                if (requested == null)
                {
                    return (byte)ReasonCode.BadArguments;
                }

                reason = _controller.ApplySettings(requested, context.Actor, actorId, isAdmin, now);
            }

            GarageSettings current = _controller.Settings;
            context.ResultLength = GarageSettingsCodec.Encode(current, context.ResultData, 0);
            if (reason == GarageReason.Done && context.ArgumentsLength != 0 && _settings.IsAttached)
            {
                // Encoded under the lock, saved by Execute after it.
                _settings.SetPending(GarageSettingsCodec.Encode(current, _settings.Buffer, 0));
            }

            return reason;
        }
    }
}
