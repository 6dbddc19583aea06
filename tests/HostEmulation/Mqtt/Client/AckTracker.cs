// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;

namespace nanoFramework.HostEmulation.Mqtt.Client
{
    /// <summary>
    /// Packet identifiers awaiting an answer within one connection: outbound QoS 1/2 publishes, SUBSCRIBEs,
    /// and inbound QoS 2 publishes between PUBREC and PUBREL (so a re-sent PUBLISH is not delivered twice).
    /// </summary>
    internal sealed class AckTracker
    {
        private const int AwaitingPubrec = 2;
        private const int AwaitingPubcomp = 3;
        private readonly object _sync = new object();
        private readonly Dictionary<ushort, int> _outbound = new Dictionary<ushort, int>();
        private readonly Dictionary<ushort, int> _subscribes = new Dictionary<ushort, int>();
        private readonly HashSet<ushort> _inboundAwaitingRelease = new HashSet<ushort>();

        /// <summary>Registers an outbound publish of QoS 1 or 2 before it is sent, so a fast answer finds it.</summary>
        internal void TrackOutbound(ushort packetId, int qos)
        {
            lock (_sync)
            {
                _outbound[packetId] = qos;
            }
        }

        /// <summary>PUBACK: true if it completes a QoS 1 publish.</summary>
        internal bool TryCompleteQos1(ushort packetId)
        {
            return TryTransition(packetId, 1, -1);
        }

        /// <summary>PUBREC: true if it answers a QoS 2 publish awaiting it (then PUBREL is due).</summary>
        internal bool TryReceivedQos2(ushort packetId)
        {
            return TryTransition(packetId, AwaitingPubrec, AwaitingPubcomp) || IsState(packetId, AwaitingPubcomp);
        }

        /// <summary>PUBCOMP: true if it completes a QoS 2 publish.</summary>
        internal bool TryCompleteQos2(ushort packetId)
        {
            return TryTransition(packetId, AwaitingPubcomp, -1);
        }

        /// <summary>Removes and returns every outbound publish still unanswered.</summary>
        internal ushort[] TakeAllOutbound()
        {
            lock (_sync)
            {
                ushort[] ids = new ushort[_outbound.Count];
                _outbound.Keys.CopyTo(ids, 0);
                _outbound.Clear();
                return ids;
            }
        }

        /// <summary>Registers a SUBSCRIBE and how many filters it carries.</summary>
        internal void TrackSubscribe(ushort packetId, int filterCount)
        {
            lock (_sync)
            {
                _subscribes[packetId] = filterCount;
            }
        }

        /// <summary>SUBACK: the filter count of the matching SUBSCRIBE, if any.</summary>
        internal bool TryTakeSubscribe(ushort packetId, out int filterCount)
        {
            lock (_sync)
            {
                return _subscribes.Remove(packetId, out filterCount);
            }
        }

        /// <summary>Inbound QoS 2 PUBLISH: true the first time (deliver it), false for a re-sent duplicate.</summary>
        internal bool BeginInboundExactlyOnce(ushort packetId)
        {
            lock (_sync)
            {
                return _inboundAwaitingRelease.Add(packetId);
            }
        }

        /// <summary>PUBREL: the identifier may be reused by the broker from now on.</summary>
        internal void ReleaseInboundExactlyOnce(ushort packetId)
        {
            lock (_sync)
            {
                _inboundAwaitingRelease.Remove(packetId);
            }
        }

        private bool TryTransition(ushort packetId, int from, int to)
        {
            lock (_sync)
            {
                if (!_outbound.TryGetValue(packetId, out int state) || state != from)
                {
                    return false;
                }

                if (to < 0)
                {
                    _outbound.Remove(packetId);
                }
                else
                {
                    _outbound[packetId] = to;
                }

                return true;
            }
        }

        private bool IsState(ushort packetId, int state)
        {
            lock (_sync)
            {
                return _outbound.TryGetValue(packetId, out int current) && current == state;
            }
        }
    }
}
