// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Crypto.Protocol;

namespace OwnerTool.Core
{
    /// <summary>Resending a command that met silence (docs/PROTOCOL.md §8, "Resend").</summary>
    public sealed partial class DeviceChannel
    {
        /// <summary>Silence after which a command is sent again.</summary>
        public static readonly TimeSpan ResendInterval = TimeSpan.FromSeconds(2);

        /// <summary>
        /// Resends stop this long after the first copy: past the freshness window the device could no longer take
        /// the original anyway, and the command must not start much later than the owner asked for it.
        /// </summary>
        public static readonly TimeSpan ResendWindow = TimeSpan.FromMilliseconds(ProtocolConstants.FreshnessWindowMs);

        /// <summary>Gets how many resends this channel sent.</summary>
        public int ResendCount { get; private set; }

        /// <summary>
        /// One command's resends: the same counter, owner time, action and arguments under the newest nonce. A forged
        /// flood can make the device drop a copy before its MAC (rate limit) or the broker can lose it; the device
        /// runs a counter at most once, so a resend never runs twice. If the first copy ran and only its result was
        /// lost, the resends are dropped as replays and the tool reports a time-out ("may or may not have run").
        /// </summary>
        private sealed class Resend
        {
            private readonly DeviceChannel _channel;
            private readonly OwnerSession _sealer;
            private readonly bool _withTwin;
            private readonly long _counter;
            private readonly long _ownerTime;
            private readonly byte _action;
            private readonly byte[] _args;
            private readonly Deadline _stop;
            private Deadline _next;

            public Resend(DeviceChannel channel, OwnerSession sealer, bool withTwin, long counter, long ownerTime, byte action, byte[] args)
            {
                _channel = channel;
                _sealer = sealer;
                _withTwin = withTwin;
                _counter = counter;
                _ownerTime = ownerTime;
                _action = action;
                _args = args;
                _stop = Deadline.After(ResendWindow);
                _next = Deadline.After(ResendInterval);
            }

            /// <summary>Gets the earlier of the next resend and the overall deadline.</summary>
            public Deadline WaitUntil(Deadline deadline)
            {
                if (_stop.HasPassed)
                {
                    return deadline;
                }

                int next = _next.RemainingMilliseconds;
                int overall = deadline.RemainingMilliseconds;
                return overall < 0 || next < overall ? _next : deadline;
            }

            /// <summary>Sends the next copy when it is due and the window allows.</summary>
            public bool TrySend()
            {
                if (_stop.HasPassed || !_next.HasPassed)
                {
                    return false;
                }

                byte[] buffer = new byte[ProtocolConstants.MaxCommandSize];
                int length = _sealer.ResealCommand(_counter, _channel._nonce, 0, _ownerTime, _action, _args, 0, _args.Length, buffer, 0);
                if (length == 0)
                {
                    return false;
                }

                _channel._link.Publish(ProtocolTopics.Command(_channel._deviceId), buffer.AsSpan(0, length).ToArray());
                _channel.PublishTwin(_withTwin, _counter, _ownerTime, _action, _args);
                _channel.ResendCount++;
                _next = Deadline.After(ResendInterval);
                return true;
            }
        }
    }
}
