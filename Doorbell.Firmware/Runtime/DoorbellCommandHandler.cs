// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Doorbell.Firmware.Controller;
using Shared.Crypto.Audit;
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
            lock (_sync)
            {
                reason = Run(context, actorId, now);

                // Owners get the snapshot with every result; a guest learns nothing beyond the reason code.
                context.ResultLength = 0;
                if (context.Actor == ActorKind.Owner && _controller.Status(_snapshot, ActorKind.Owner, actorId, now) == DoorbellReason.Done)
                {
                    context.ResultLength = DoorbellSnapshotCodec.Encode(_snapshot, context.ResultData, 0);
                }
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
