// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using OwnerTool.Core;
using TestSupport;

namespace EndToEnd.Tests.Support
{
    /// <summary>
    /// A private mosquitto, a virtual garage opener and a virtual doorbell, both paired with one admin owner
    /// through the setup button and the console's pairing URI.
    /// </summary>
    public sealed class PairedWorld : IDisposable
    {
        /// <summary>The admin's local name of the garage.</summary>
        public const string GarageName = "garage";

        /// <summary>The admin's local name of the doorbell.</summary>
        public const string DoorbellName = "doorbell";

        /// <summary>Starts everything and pairs both devices.</summary>
        public PairedWorld()
        {
            // Persistence on, as on a real installation: owners' persistent sessions survive a broker restart.
            Broker = new MosquittoBroker(new MosquittoOptions { Persistence = true });
            try
            {
                Garage = InProcessDevice.StartGarage(Broker);
                Doorbell = InProcessDevice.StartDoorbell(Broker);
                Garage.WaitOnline();
                Doorbell.WaitOnline();
                Admin = new Owner(Broker);
                GarageEntry = Admin.Pair(Garage, GarageName);
                DoorbellEntry = Admin.Pair(Doorbell, DoorbellName);
            }
            catch
            {
                Dispose();
                throw;
            }
        }

        /// <summary>Gets the broker.</summary>
        public MosquittoBroker Broker { get; }

        /// <summary>Gets the garage opener.</summary>
        public InProcessDevice Garage { get; }

        /// <summary>Gets the doorbell.</summary>
        public InProcessDevice Doorbell { get; }

        /// <summary>Gets the admin owner.</summary>
        public Owner Admin { get; }

        /// <summary>Gets the admin's key file entry of the garage right after pairing.</summary>
        public PairedDevice GarageEntry { get; }

        /// <summary>Gets the admin's key file entry of the doorbell right after pairing.</summary>
        public PairedDevice DoorbellEntry { get; }

        /// <summary>Stops the devices and the broker.</summary>
        public void Dispose()
        {
            Garage?.Dispose();
            Doorbell?.Dispose();
            Admin?.Dispose();
            Broker?.Dispose();
        }
    }
}
