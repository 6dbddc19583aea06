// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Threading;
using OwnerTool.Core;

namespace EndToEnd.Tests.Support
{
    /// <summary>The garage opener's DevKitC pins and wire values, and moving its door by hand.</summary>
    public static class GarageRig
    {
        /// <summary>The relay wired to the opener's push-button input.</summary>
        public static readonly int RelayPin = GarageOpener.Firmware.Board.GaragePinMap.DevKitC().RelayPin;

        /// <summary>The warning light.</summary>
        public static readonly int LightPin = GarageOpener.Firmware.Board.GaragePinMap.DevKitC().WarningLightPin;

        /// <summary>The buzzer.</summary>
        public static readonly int BuzzerPin = GarageOpener.Firmware.Board.GaragePinMap.DevKitC().BuzzerPin;

        /// <summary>The reed switch made when the door is closed.</summary>
        public static readonly int ClosedLimitPin = GarageOpener.Firmware.Board.GaragePinMap.DevKitC().ClosedLimitPin;

        /// <summary>The reed switch made when the door is fully open.</summary>
        public static readonly int OpenLimitPin = GarageOpener.Firmware.Board.GaragePinMap.DevKitC().OpenLimitPin;

        /// <summary>The state-changed event code.</summary>
        public const byte StateChangedEvent = GarageOpener.Firmware.Runtime.GarageEventCode.StateChanged;

        /// <summary>Door state Closed on the wire.</summary>
        public const byte Closed = (byte)GarageOpener.Firmware.Controller.DoorState.Closed;

        /// <summary>Door state Open on the wire.</summary>
        public const byte Open = (byte)GarageOpener.Firmware.Controller.DoorState.Open;

        /// <summary>Puts the door at rest by hand (reed switches) and waits until the device reports that state.</summary>
        /// <param name="world">The world.</param>
        /// <param name="state">Closed or Open.</param>
        public static void SetDoor(PairedWorld world, byte state)
        {
            InProcessDevice garage = world.Garage;
            if (state == Closed)
            {
                garage.Board.Release(OpenLimitPin);
                garage.Board.Press(ClosedLimitPin);
            }
            else
            {
                garage.Board.Release(ClosedLimitPin);
                garage.Board.Press(OpenLimitPin);
            }

            byte seen = 0xFF;
            Eventually.True(() =>
            {
                CommandResult status = world.Admin.Send(PairedWorld.GarageName, "garage", "status");
                seen = status.IsDone ? status.Data[0] : (byte)0xFF;
                if (seen != state)
                {
                    Thread.Sleep(200);
                }

                return seen == state;
            }, Eventually.Patience, () => "the garage reports state " + seen + ", expected " + state);
        }
    }
}
