// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Threading;
using OwnerTool.Bridge;
using OwnerTool.Core;
using TestSupport;

namespace EndToEnd.Tests.Support
{
    /// <summary>
    /// <c>okf bridge</c> in process: the bridge's own key file (an owner paired from invites) against the devices' broker,
    /// linked to a second broker that plays Home Assistant's; stopping it is what Ctrl+C does.
    /// </summary>
    public sealed class BridgeRunner : IDisposable
    {
        private readonly List<string> _log = new List<string>();
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly Thread _thread;
        private Exception _failure;

        /// <summary>Starts the bridge.</summary>
        /// <param name="owner">The bridge's owner (its key file).</param>
        /// <param name="homeAssistant">Home Assistant's broker.</param>
        /// <param name="configure">Adjusts the options (open alert, strike seconds).</param>
        public BridgeRunner(Owner owner, MosquittoBroker homeAssistant, Action<BridgeOptions> configure = null)
        {
            var options = new BridgeOptions
            {
                HomeAssistant = new ToolSettings { BrokerHost = homeAssistant.Host, BrokerPort = homeAssistant.Port, Timeout = TimeSpan.FromSeconds(10) },
            };
            configure?.Invoke(options);
            var service = new BridgeService(owner.Client, options, line =>
            {
                lock (_log)
                {
                    _log.Add(line);
                }
            });
            _thread = new Thread(() =>
            {
                try
                {
                    service.Run(_stop.Token);
                }
                catch (Exception e)
                {
                    _failure = e;
                }
            }) { IsBackground = true, Name = "okf bridge" };
            _thread.Start();
        }

        /// <summary>Gets the bridge's log so far (for failure messages).</summary>
        public string Log
        {
            get
            {
                lock (_log)
                {
                    return string.Join("\n", _log) + (_failure == null ? string.Empty : "\nfailed: " + _failure);
                }
            }
        }

        /// <summary>Stops the bridge as Ctrl+C does and waits until it has.</summary>
        public void Dispose()
        {
            _stop.Cancel();
            if (!_thread.Join(Eventually.Patience))
            {
                throw new TimeoutException("the bridge did not stop: " + Log);
            }

            _stop.Dispose();
        }
    }
}
