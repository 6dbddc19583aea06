// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;
using Shared.Crypto.Audit;
using Shared.Crypto.Keys;
using Shared.Crypto.Protocol;
using Shared.Runtime.Device;
using Shared.Runtime.Platform;

namespace Doorbell.Firmware.Runtime
{
    /// <summary>
    /// Maps authenticated doorbell actions onto the controller (under the device's lock). The strike rules stay
    /// in the controller; a guest reaches UnlockStrike only when the verifier found the action in its pass.
    /// </summary>
    public sealed class DoorbellCommandHandler : IDeviceActions
    {
        private readonly DoorbellController _controller;
        private readonly object _sync;
        private readonly IClock _clock;
        private readonly DoorbellSnapshot _snapshot = new DoorbellSnapshot();
        private readonly SettingsRecord _settings = new SettingsRecord(DoorbellSettingsCodec.RecordName, DoorbellSettingsCodec.Size);

        /// <summary>Creates the handler.</summary>
        /// <param name="controller">The controller.</param>
        /// <param name="sync">The lock the poll loop holds while it runs the controller.</param>
        /// <param name="clock">The controller's clock.</param>
        public DoorbellCommandHandler(DoorbellController controller, object sync, IClock clock)
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
            DoorbellSettings saved = length < 0 ? null : DoorbellSettingsCodec.TryDecode(_settings.Buffer, 0, length);
            if (saved != null)
            {
                _settings.MarkSaved(length);
                lock (_sync)
                {
                    // The device itself restores what an admin set; a damaged record leaves the defaults.
                    _controller.ApplySettings(saved, ActorKind.Owner, 0, _clock.NowMilliseconds);
                }
            }
        }

        /// <inheritdoc/>
        public void RestoreDefaults()
        {
            _settings.ForgetSaved();
            lock (_sync)
            {
                _controller.ApplySettings(DoorbellSettings.Defaults(), ActorKind.Owner, 0, _clock.NowMilliseconds);
            }
        }

        /// <inheritdoc/>
        public byte StateCode
        {
            get
            {
                lock (_sync)
                {
                    // An internal read: the controller serves status to owners only.
                    _controller.Status(_snapshot, ActorKind.Owner, 0, _clock.NowMilliseconds);
                    return DoorbellSnapshotCodec.Flags(_snapshot);
                }
            }
        }

        /// <inheritdoc/>
        public byte Execute(CommandContext context)
        {
            long now = _clock.NowMilliseconds;
            int actorId = context.Actor == ActorKind.Guest ? (int)context.PassId : context.KeyId;
            byte reason;
            _settings.ClearPending();
            lock (_sync)
            {
                if (context.Action == DoorbellAction.Settings)
                {
                    reason = RunSettings(context, actorId, now);
                }
                else
                {
                    reason = Run(context, actorId, now);

                    // Owners get the snapshot with every result; a guest learns nothing beyond the reason code.
                    context.ResultLength = 0;
                    if (context.Actor == ActorKind.Owner && _controller.Status(_snapshot, ActorKind.Owner, actorId, now) == DoorbellReason.Done)
                    {
                        context.ResultLength = DoorbellSnapshotCodec.Encode(_snapshot, context.ResultData, 0);
                    }
                }
            }

            // Outside the device lock: a flash write must not stall the poll loop (chime, camera, strike release).
            _settings.SavePending();
            return reason;
        }

        /// <summary>Runs the Settings action; call only from <see cref="Execute"/>, which holds the lock.</summary>
        private byte RunSettings(CommandContext context, int actorId, long now)
        {
            context.ResultLength = 0;
            if (context.Actor != ActorKind.Owner || context.Role != OwnerRole.Admin)
            {
                return (byte)ReasonCode.Forbidden;
            }

            byte reason = DoorbellReason.Done;
            if (context.ArgumentsLength != 0)
            {
                DoorbellSettings requested = DoorbellSettingsCodec.TryDecode(context.Arguments, context.ArgumentsOffset, context.ArgumentsLength);
                if (requested == null)
                {
                    return (byte)ReasonCode.BadArguments;
                }

                reason = _controller.ApplySettings(requested, ActorKind.Owner, actorId, now);
            }

            DoorbellSettings current = _controller.GetSettings();
            context.ResultLength = DoorbellSettingsCodec.Encode(current, context.ResultData, 0);
            if (reason == DoorbellReason.Done && context.ArgumentsLength != 0 && _settings.IsAttached)
            {
                _settings.SetPending(DoorbellSettingsCodec.Encode(current, _settings.Buffer, 0));
            }

            return reason;
        }

        private byte Run(CommandContext c, int actorId, long now)
        {
            ActorKind actor = c.Actor;
            bool guest = actor == ActorKind.Guest;
            int n = c.ArgumentsLength;
            byte[] a = c.Arguments;
            int p = c.ArgumentsOffset;
            switch (c.Action)
            {
                case DoorbellAction.Status:
                    // Reading changes nothing, so it costs a guest no use of the pass.
                    c.ConsumesPassUse = false;
                    return n == 0 ? DoorbellReason.Done : (byte)ReasonCode.BadArguments;
                case DoorbellAction.Mute:
                    return n == 2 ? _controller.Mute((a[p] << 8) | a[p + 1], actor, actorId, now) : (byte)ReasonCode.BadArguments;
                case DoorbellAction.Unmute:
                    return n == 0 ? _controller.Unmute(actor, actorId, now) : (byte)ReasonCode.BadArguments;
                case DoorbellAction.DoNotDisturb:
                    return n == 1 && a[p] <= 1 ? _controller.SetDoNotDisturb(a[p] == 1, actor, actorId, now) : (byte)ReasonCode.BadArguments;
                case DoorbellAction.ChimeTest:
                    return n == 0 ? _controller.ChimeTest(actor, actorId, now) : (byte)ReasonCode.BadArguments;
                case DoorbellAction.Snapshot:
                    return n == 0 ? _controller.Snapshot(actor, actorId, now) : (byte)ReasonCode.BadArguments;
                case DoorbellAction.UnlockStrike:
                    // The verifier already checked a guest's pass mask for this action.
                    return n == 1 ? _controller.UnlockStrike(a[p], guest, actor, actorId, now) : (byte)ReasonCode.BadArguments;
                case DoorbellAction.LockStrike:
                    return n == 0 ? _controller.LockStrike(guest, actor, actorId, now) : (byte)ReasonCode.BadArguments;
            }

            return (byte)ReasonCode.UnknownAction;
        }
    }
}
