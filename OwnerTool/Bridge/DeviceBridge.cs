// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using OwnerTool.Cli;
using OwnerTool.Core;

namespace OwnerTool.Bridge
{
    /// <summary>
    /// The bridge for one paired device: a watch thread on the device's persistent session (events sent while the
    /// bridge was down arrive when it is back), a worker thread that turns Home Assistant's commands into sealed
    /// commands one at a time, and the notifications (ring, open alert) for Home Assistant, the notify topic and --exec.
    /// </summary>
    public sealed class DeviceBridge
    {
        private const string Status = "status";
        private static readonly TimeSpan StrikeRecheckMargin = TimeSpan.FromMilliseconds(500);

        private readonly OwnerClient _client;
        private readonly BridgeState _state;
        private readonly HomeAssistantLink _ha;
        private readonly BridgeOptions _options;
        private readonly Action<string> _log;
        private readonly BlockingCollection<string[]> _work = new BlockingCollection<string[]>(64);
        private readonly List<Thread> _threads = new List<Thread>();
        private OpenAlert _alert;
        private bool? _announcedStrike;

        /// <summary>Creates the bridge of one device.</summary>
        /// <param name="client">The owner client of the bridge's key file.</param>
        /// <param name="device">The device.</param>
        /// <param name="ha">Home Assistant's broker.</param>
        /// <param name="options">Options.</param>
        /// <param name="log">Receives log lines.</param>
        public DeviceBridge(OwnerClient client, PairedDevice device, HomeAssistantLink ha, BridgeOptions options, Action<string> log)
        {
            _client = client;
            _state = new BridgeState(options.Topics, device);
            _ha = ha;
            _options = options;
            _log = line => log(device.Name + ": " + line);
        }

        /// <summary>Gets the device.</summary>
        public PairedDevice Device => _state.Device;

        /// <summary>Publishes the discovery configs and every known state (after a (re)connection or Home Assistant's restart).</summary>
        public void Announce()
        {
            bool? strike = _state.StrikeFitted;
            _announcedStrike = strike;
            foreach (BridgeDiscovery.Config config in BridgeDiscovery.For(_options.Topics, Device, strike))
            {
                _ha.Publish(config.Topic, config.Payload == null ? string.Empty : config.Payload.ToJsonString(), true);
            }

            foreach (BridgeState.Publication p in _state.Retained())
            {
                _ha.Publish(p.Topic, p.Payload, p.Retain);
            }
        }

        /// <summary>Starts the watch and the command worker (the device's state is asked for once the watch hears it online).</summary>
        /// <param name="cancel">Stops both.</param>
        public void Start(CancellationToken cancel)
        {
            if (_options.OpenAlertAfter > TimeSpan.Zero && Device.Kind == DeviceActions.Garage)
            {
                _alert = new OpenAlert(_options.OpenAlertAfter, OnOpenAlert);
            }

            // No status query yet: the device's retained "online" arrives right after the watch subscribed and asks
            // then, so the answer's counter never overtakes (and drops) events queued for the bridge's session.
            _threads.Add(new Thread(() => WatchLoop(cancel)) { IsBackground = true, Name = "watch " + Device.Name });
            _threads.Add(new Thread(() => WorkLoop(cancel)) { IsBackground = true, Name = "commands " + Device.Name });
            foreach (Thread thread in _threads)
            {
                thread.Start();
            }
        }

        /// <summary>Waits for the threads after cancellation.</summary>
        public void Join()
        {
            foreach (Thread thread in _threads)
            {
                thread.Join();
            }

            _alert?.Dispose();
        }

        /// <summary>Handles a payload Home Assistant sent to one of this device's command topics.</summary>
        /// <param name="objectId">The entity (door, strike).</param>
        /// <param name="payload">OPEN, CLOSE, STOP, LOCK, UNLOCK.</param>
        public void Command(string objectId, string payload)
        {
            string[] action = BridgeCommands.Map(Device.Kind, objectId, payload, _options.StrikeSeconds);
            if (action == null)
            {
                _log("ignored '" + payload + "' on " + objectId);
                return;
            }

            Enqueue(action[0], action[1]);
        }

        private void Enqueue(string action, string argument)
        {
            if (!_work.TryAdd(new[] { action, argument }))
            {
                _log("too many commands waiting; dropped " + action);
            }
        }

        private void Send(IReadOnlyList<BridgeState.Publication> publications)
        {
            foreach (BridgeState.Publication p in publications)
            {
                _ha.Publish(p.Topic, p.Payload, p.Retain);
            }
        }

        private void WorkLoop(CancellationToken cancel)
        {
            try
            {
                foreach (string[] item in _work.GetConsumingEnumerable(cancel))
                {
                    Execute(item[0], item[1], cancel);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        private void Execute(string action, string argument, CancellationToken cancel)
        {
            CommandResult result;
            try
            {
                result = _client.SendAction(Device.DeviceId, Device.Kind, action, argument, cancel);
            }
            catch (OwnerToolException e)
            {
                _log(action + ": " + e.Message);
                return;
            }

            Send(_state.Alive());
            if (result.Data.Length > 0)
            {
                Send(_state.ApplySnapshot(result.DeviceCounter, result.Data));
                ObserveDoor();
                RecheckStrike(result.Data);
            }

            if (_state.StrikeFitted != _announcedStrike)
            {
                // The first authenticated status told whether a strike is fitted: add (or remove) the lock entity.
                Announce();
            }

            if (!result.IsDone)
            {
                _log(action + " refused: " + ReasonText.Describe(result.Reason));
            }
            else if (action != Status)
            {
                _log(action + ": done");
            }
        }

        private void RecheckStrike(byte[] snapshot)
        {
            int left = _state.StrikeMillisecondsLeft(snapshot);
            if (left > 0)
            {
                // The strike locks again by itself without an event: ask once it should have, so the lock shows it.
                Timer timer = null;
                timer = new Timer(_ =>
                {
                    Enqueue(Status, null);
                    timer.Dispose();
                }, null, TimeSpan.FromMilliseconds(left) + StrikeRecheckMargin, Timeout.InfiniteTimeSpan);
            }
        }

        private void WatchLoop(CancellationToken cancel)
        {
            var policy = new ReconnectPolicy(_options.HomeAssistant.Timeout);
            while (!cancel.IsCancellationRequested)
            {
                try
                {
                    _client.WatchEvents(Device.DeviceId, _options.Session, 0, null, OnEvent, OnStatus, cancel);
                }
                catch (OwnerToolException e)
                {
                    _log("watch: " + e.Message + " (retrying)");
                    cancel.WaitHandle.WaitOne(policy.NextDelay());
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }

        private void OnStatus(string status)
        {
            if (status == "offline")
            {
                Send(_state.Offline());
            }
            else if (status == "online")
            {
                // Unauthenticated: it only makes the bridge ask; the device's sealed answer sets the state.
                Enqueue(Status, null);
            }

            _log("status: " + status);
        }

        private void OnEvent(DeviceEvent e)
        {
            Send(_state.Alive());
            string name = EventNames.Of(Device.Kind, e);
            string state = EventNames.DoorState(Device.Kind, e);
            string text = Formatting.Event(e, Device.Kind, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            if (state != null)
            {
                Send(_state.ApplySnapshot(e.DeviceCounter, e.Data));
                ObserveDoor();
            }
            else if (name == BridgeDiscovery.RingEvent || name == BridgeDiscovery.MotionEvent)
            {
                BridgeState.Publication ring = _state.DoorbellEvent(name, e);
                _ha.Publish(ring.Topic, ring.Payload, false);
                if (name == BridgeDiscovery.RingEvent)
                {
                    BridgeState.Publication notice = _state.Notification(name, Device.Name + " rang", e.UtcSeconds);
                    _ha.Publish(notice.Topic, notice.Payload, false);
                }
            }

            _log(text);
            Exec(name, e.Code, e.UtcSeconds, state, text);
        }

        private void ObserveDoor()
        {
            if (_state.DoorState != null)
            {
                _alert?.Observe(_state.DoorState);
            }
        }

        private void OnOpenAlert(TimeSpan open)
        {
            string text = OpenAlert.Text(Device.Name, open);
            long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            BridgeState.Publication alert = _state.OpenAlert(text, (int)open.TotalMinutes);
            _ha.Publish(alert.Topic, alert.Payload, false);
            BridgeState.Publication notice = _state.Notification("open-alert", text, now);
            _ha.Publish(notice.Topic, notice.Payload, false);
            _log("notice: " + text);
            Exec("open-alert", 0, now, "open", "notice: " + text);
        }

        private void Exec(string name, byte code, long utc, string state, string text)
        {
            string failure = _options.Command == null ? null
                : EventCommand.Start(_options.Command.StartInfo(Device.Name, Device.Kind, name, code, utc, state, text));
            if (failure != null)
            {
                _log(failure);
            }
        }
    }
}
