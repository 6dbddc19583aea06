// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using TestSupport;

namespace Mqtt.Tests
{
    /// <summary>One private mosquitto per test class.</summary>
    public sealed class BrokerFixture : IDisposable
    {
        public BrokerFixture()
        {
            Broker = new MosquittoBroker();
        }

        public MosquittoBroker Broker { get; }

        public void Dispose()
        {
            Broker.Dispose();
        }
    }
}
