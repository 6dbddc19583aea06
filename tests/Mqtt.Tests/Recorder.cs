// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Concurrent;
using System.Threading;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using Xunit;

namespace Mqtt.Tests
{
    /// <summary>Records a client's events and lets a test wait for them (generous timeouts, no sleeps).</summary>
    internal sealed class Recorder
    {
        internal static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

        internal Recorder(MqttClient client)
        {
            client.MqttMsgPublishReceived += (s, e) => Add(Received, e);
            client.MqttMsgPublished += (s, e) => Add(Published, e);
            client.MqttMsgSubscribed += (s, e) => Add(Subscribed, e);
            client.MqttMsgUnsubscribed += (s, e) => Add(Unsubscribed, e);
            client.ConnectionClosed += (s, e) => Closed.Set();
        }

        internal BlockingCollection<MqttMsgPublishEventArgs> Received { get; } = new BlockingCollection<MqttMsgPublishEventArgs>();

        internal BlockingCollection<MqttMsgPublishedEventArgs> Published { get; } = new BlockingCollection<MqttMsgPublishedEventArgs>();

        internal BlockingCollection<MqttMsgSubscribedEventArgs> Subscribed { get; } = new BlockingCollection<MqttMsgSubscribedEventArgs>();

        internal BlockingCollection<MqttMsgUnsubscribedEventArgs> Unsubscribed { get; } = new BlockingCollection<MqttMsgUnsubscribedEventArgs>();

        internal ManualResetEventSlim Closed { get; } = new ManualResetEventSlim(false);

        internal static T Next<T>(BlockingCollection<T> events)
        {
            Assert.True(events.TryTake(out T item, Patience), "Expected event did not arrive in time.");
            return item;
        }

        private static void Add<T>(BlockingCollection<T> events, T item)
        {
            events.Add(item);
        }
    }
}
