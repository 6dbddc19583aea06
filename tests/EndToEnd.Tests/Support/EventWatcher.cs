// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Threading;
using OwnerTool.Core;

namespace EndToEnd.Tests.Support
{
    /// <summary>
    /// The owner tool's event watch running in the background on the owner's own key file, as `okf watch` in a
    /// second terminal does while the owner sends commands from the first.
    /// </summary>
    public sealed class EventWatcher : IDisposable
    {
        private readonly List<DeviceEvent> _events = new List<DeviceEvent>();
        private readonly List<string> _statuses = new List<string>();
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly Thread _thread;
        private Exception _failure;

        /// <summary>Starts watching <paramref name="device"/> and returns once the watch is subscribed.</summary>
        /// <param name="owner">The owner whose keys open the events.</param>
        /// <param name="device">The local device name.</param>
        public EventWatcher(Owner owner, string device)
            : this(owner.Settings, device)
        {
        }

        /// <summary>Starts watching with explicit settings (another route to the broker) and returns once subscribed.</summary>
        /// <param name="settings">Broker and key file of the owner.</param>
        /// <param name="device">The local device name.</param>
        public EventWatcher(ToolSettings settings, string device)
        {
            OwnerClient client = new OwnerClient(settings);
            _thread = new Thread(() =>
            {
                try
                {
                    client.WatchEvents(device, 0, TimeSpan.FromMinutes(5), Add, AddStatus, _stop.Token);
                }
                catch (Exception ex)
                {
                    _failure = ex;
                }
            }) { IsBackground = true, Name = "event watch" };
            _thread.Start();

            // The device's retained status arrives right after the subscription: the watch is live from then on.
            Eventually.True(() => Statuses.Length > 0 || _failure != null, "the watch to subscribe");
            if (_failure != null)
            {
                throw new InvalidOperationException("watch failed", _failure);
            }
        }

        /// <summary>Gets the decrypted events so far.</summary>
        public DeviceEvent[] Events
        {
            get
            {
                lock (_events)
                {
                    return _events.ToArray();
                }
            }
        }

        /// <summary>Gets the status texts seen so far.</summary>
        public string[] Statuses
        {
            get
            {
                lock (_events)
                {
                    return _statuses.ToArray();
                }
            }
        }

        /// <summary>Waits for an event that <paramref name="match"/> accepts.</summary>
        /// <param name="match">The condition.</param>
        /// <param name="what">What is awaited.</param>
        /// <returns>The event.</returns>
        public DeviceEvent WaitFor(Func<DeviceEvent, bool> match, string what)
        {
            DeviceEvent found = null;
            Eventually.True(() => (found = Array.Find(Events, e => match(e))) != null, "event " + what
                + (_failure == null ? string.Empty : " (watch failed: " + _failure.Message + ")"));
            return found;
        }

        /// <summary>Stops the watch.</summary>
        public void Dispose()
        {
            _stop.Cancel();
            _thread.Join(TimeSpan.FromSeconds(10));
        }

        private void Add(DeviceEvent e)
        {
            lock (_events)
            {
                _events.Add(e);
            }
        }

        private void AddStatus(string status)
        {
            lock (_events)
            {
                _statuses.Add(status);
            }
        }
    }
}
