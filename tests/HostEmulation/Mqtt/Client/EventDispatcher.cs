// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Threading;

namespace nanoFramework.HostEmulation.Mqtt.Client
{
    /// <summary>
    /// The client's own event thread (the device library raises events from its own thread too), so a
    /// slow handler never stalls reading the socket or answering keep-alive. Runs until completed and drained.
    /// </summary>
    internal sealed class EventDispatcher
    {
        private readonly Queue<Action> _queue = new Queue<Action>();
        private readonly Thread _thread;
        private bool _completed;

        internal EventDispatcher(string name)
        {
            _thread = new Thread(Run) { IsBackground = true, Name = name };
            _thread.Start();
        }

        /// <summary>Queues a handler call; false once completed or when the queue is overrun.</summary>
        internal bool Enqueue(Action action)
        {
            lock (_queue)
            {
                if (_completed || _queue.Count >= Protocol.MqttLimits.MaxQueuedEvents)
                {
                    return false;
                }

                _queue.Enqueue(action);
                Monitor.Pulse(_queue);
                return true;
            }
        }

        /// <summary>Queues a last call (may be null), then lets the thread end after draining.</summary>
        internal void Complete(Action last)
        {
            lock (_queue)
            {
                if (_completed)
                {
                    return;
                }

                if (last != null)
                {
                    _queue.Enqueue(last);
                }

                _completed = true;
                Monitor.Pulse(_queue);
            }
        }

        internal bool IsCurrentThread => Thread.CurrentThread == _thread;

        private void Run()
        {
            while (true)
            {
                Action next;
                lock (_queue)
                {
                    while (_queue.Count == 0 && !_completed)
                    {
                        Monitor.Wait(_queue);
                    }

                    if (_queue.Count == 0)
                    {
                        return;
                    }

                    next = _queue.Dequeue();
                }

                try
                {
                    next();
                }
                catch (Exception ex)
                {
                    // A throwing handler must not silence later events; make it visible instead.
                    Console.Error.WriteLine("MQTT event handler threw: " + ex);
                }
            }
        }
    }
}
