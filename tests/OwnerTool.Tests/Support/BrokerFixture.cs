// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using TestSupport;

namespace OwnerTool.Tests.Support
{
    /// <summary>One private mosquitto per test class.</summary>
    public sealed class BrokerFixture : IDisposable
    {
        /// <summary>Starts the broker.</summary>
        public BrokerFixture()
        {
            Broker = new MosquittoBroker();
        }

        /// <summary>Gets the broker.</summary>
        public MosquittoBroker Broker { get; }

        /// <summary>Gets host:port.</summary>
        public string Address => Broker.Host + ":" + Broker.Port;

        /// <summary>Stops the broker.</summary>
        public void Dispose()
        {
            Broker.Dispose();
        }
    }
}
