// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Shared.Runtime.Platform;

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// Events on their way to the owners: every event enters the bounded <see cref="RingEventQueue"/> and
    /// leaves it only once the sink confirmed delivery, oldest first. While offline (or after a failed
    /// delivery, for a short pause) events wait with their original times. The sink is called outside the
    /// lock, so a slow publish never blocks a command; only the poll thread delivers.
    /// </summary>
    public sealed class EventOutbox
    {
        private readonly object _sync = new object();
        private readonly RingEventQueue _queue;
        private readonly RingEvent _delivering = new RingEvent();
        private IDoorbellEventSink _sink;
        private bool _online;
        private long _nextAttemptAt;
        private int _failedDeliveries;

        /// <summary>
        /// Creates an empty outbox.
        /// </summary>
        /// <param name="capacity">How many undelivered events it keeps.</param>
        public EventOutbox(int capacity)
        {
            _queue = new RingEventQueue(capacity);
        }

        /// <summary>
        /// Gets whether the runtime reported a connection.
        /// </summary>
        public bool Online
        {
            get { return _online; }
        }

        /// <summary>
        /// Gets the events waiting.
        /// </summary>
        public int Count
        {
            get { return _queue.Count; }
        }

        /// <summary>
        /// Gets the events dropped because the queue was full.
        /// </summary>
        public int Dropped
        {
            get { return _queue.Dropped; }
        }

        /// <summary>
        /// Gets the failed delivery attempts since boot.
        /// </summary>
        public int FailedDeliveries
        {
            get { return _failedDeliveries; }
        }

        /// <summary>
        /// Sets the sink (null detaches; events then wait).
        /// </summary>
        /// <param name="sink">The sink.</param>
        public void Attach(IDoorbellEventSink sink)
        {
            _sink = sink;
        }

        /// <summary>
        /// Records the connection state; a reconnect allows delivery at once.
        /// </summary>
        /// <param name="online"><c>true</c> when connected.</param>
        /// <param name="now">The monotonic time in milliseconds.</param>
        public void SetOnline(bool online, long now)
        {
            lock (_sync)
            {
                _online = online;
                _nextAttemptAt = now;
            }
        }

        /// <summary>
        /// Queues a copy of <paramref name="ringEvent"/>.
        /// </summary>
        /// <param name="ringEvent">The event.</param>
        public void Add(RingEvent ringEvent)
        {
            lock (_sync)
            {
                _queue.Enqueue(ringEvent);
            }
        }

        /// <summary>
        /// Hands up to <see cref="DoorbellLimits.DeliveriesPerPoll"/> events to the sink, oldest first. A
        /// refusal or an exception keeps the event and pauses delivery for
        /// <see cref="DoorbellLimits.DeliveryRetryMs"/>. Call from one thread only (the poll thread).
        /// </summary>
        /// <param name="now">The monotonic time in milliseconds.</param>
        public void Deliver(long now)
        {
            IDoorbellEventSink sink = _sink;
            if (sink == null)
            {
                return;
            }

            for (int i = 0; i < DoorbellLimits.DeliveriesPerPoll; i++)
            {
                lock (_sync)
                {
                    if (!_online || !MonotonicTime.IsDue(now, _nextAttemptAt) || !_queue.TryPeek(_delivering))
                    {
                        return;
                    }
                }

                bool delivered;
                try
                {
                    delivered = sink.Deliver(_delivering);
                }
                catch (Exception)
                {
                    delivered = false;
                }

                lock (_sync)
                {
                    if (!delivered)
                    {
                        _failedDeliveries++;
                        _nextAttemptAt = MonotonicTime.After(now, DoorbellLimits.DeliveryRetryMs);
                        return;
                    }

                    // An overflow while the sink ran may have dropped this event already.
                    _queue.RemoveIfOldest(_delivering.Sequence);
                }
            }
        }
    }
}
