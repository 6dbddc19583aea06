// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;

namespace OwnerTool.Core
{
    /// <summary>
    /// The device actions (0x20-0x3F) of both firmwares in one table, copied from the firmwares' action files
    /// (GarageOpener.Firmware/Runtime/GarageAction.cs, Doorbell.Firmware/Runtime/DoorbellAction.cs). A test parses those files so the
    /// codes cannot drift. Guest pass action masks are built from the same codes.
    /// </summary>
    public static class DeviceActions
    {
        /// <summary>Kind string of the garage opener (pairing URI "kind").</summary>
        public const string Garage = "garage";

        /// <summary>Kind string of the doorbell (pairing URI "kind").</summary>
        public const string Doorbell = "doorbell";

        /// <summary>The garage's audit-only action code for a movement nobody commanded (GarageAction.ObservedMove).</summary>
        public const byte ObservedMove = 0x3F;

        /// <summary>Longest mute the tool will ask for (a day).</summary>
        public const int MaxMuteMinutes = 1440;

        /// <summary>Longest strike unlock (the device enforces the same bound).</summary>
        public const int MaxStrikeSeconds = 10;

        private static readonly DeviceAction[] All =
        {
            new DeviceAction(Garage, "open", 0x21, ActionArgument.None, "Open the garage door."),
            new DeviceAction(Garage, "close", 0x22, ActionArgument.None, "Close the garage door (after >= 5 s of warning light and buzzer)."),
            new DeviceAction(Garage, "stop", 0x23, ActionArgument.None, "Stop a moving door."),
            new DeviceAction(Garage, "status", 0x20, ActionArgument.None, "Report the door state."),
            new DeviceAction(Garage, "lock", 0x24, ActionArgument.None, "Vacation lockout on: only admins may open."),
            new DeviceAction(Garage, "unlock-remote", 0x25, ActionArgument.None, "Vacation lockout off."),
            new DeviceAction(Doorbell, "status", 0x20, ActionArgument.None, "Report the doorbell state."),
            new DeviceAction(Doorbell, "mute", 0x21, ActionArgument.Minutes, "Mute the chime for MINUTES (1-1440)."),
            new DeviceAction(Doorbell, "unmute", 0x22, ActionArgument.None, "Unmute the chime."),
            new DeviceAction(Doorbell, "dnd", 0x23, ActionArgument.OnOff, "Do-not-disturb on or off."),
            new DeviceAction(Doorbell, "ring-test", 0x24, ActionArgument.None, "Sound the chime once."),
            new DeviceAction(Doorbell, "snapshot", 0x25, ActionArgument.None, "Trigger the camera."),
            new DeviceAction(Doorbell, "unlock", 0x26, ActionArgument.Seconds, "Release the door strike for SECONDS (1-10)."),
            new DeviceAction(Doorbell, "lock", 0x27, ActionArgument.None, "Lock the door strike at once."),
        };

        /// <summary>Gets every action.</summary>
        /// <returns>The actions.</returns>
        public static IReadOnlyList<DeviceAction> List() => All;

        /// <summary>Finds an action of a device kind by command name.</summary>
        /// <param name="kind">Device kind.</param>
        /// <param name="name">Command name.</param>
        /// <returns>The action, or null.</returns>
        public static DeviceAction Find(string kind, string name)
        {
            foreach (DeviceAction action in All)
            {
                if (action.Kind == kind && string.Equals(action.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return action;
                }
            }

            return null;
        }

        /// <summary>Finds the name of an action code for a kind (audit tables).</summary>
        /// <param name="kind">Device kind.</param>
        /// <param name="code">Action code.</param>
        /// <returns>The name, or the code in hex.</returns>
        public static string NameOf(string kind, byte code)
        {
            foreach (DeviceAction action in All)
            {
                if (action.Kind == kind && action.Code == code)
                {
                    return action.Name;
                }
            }

            // Settings has its own command (okf KIND settings), not an action entry.
            if ((kind == Garage || kind == Doorbell) && code == SettingsText.For(kind).Action)
            {
                return "settings";
            }

            // Audit-only code of the garage: the door moved without a command.
            return kind == Garage && code == ObservedMove ? "observed-move" : ProtocolActionNames.NameOf(code);
        }

        /// <summary>Encodes an action's argument from its command-line text.</summary>
        /// <param name="action">The action.</param>
        /// <param name="value">The text (null when the action takes none).</param>
        /// <returns>The argument bytes (empty when none).</returns>
        /// <exception cref="OwnerToolException">Usage, when the value is missing or out of range.</exception>
        public static byte[] EncodeArgument(DeviceAction action, string value)
        {
            switch (action.Argument)
            {
                case ActionArgument.Minutes:
                    int minutes = ParseBounded(action, value, 1, MaxMuteMinutes, "minutes");
                    return new[] { (byte)(minutes >> 8), (byte)minutes };
                case ActionArgument.Seconds:
                    return new[] { (byte)ParseBounded(action, value, 1, MaxStrikeSeconds, "seconds") };
                case ActionArgument.OnOff:
                    if (value != "on" && value != "off")
                    {
                        throw new OwnerToolException(ExitCode.Usage, action.Name + " needs on or off" + (value == null ? "." : ", not '" + value + "'."));
                    }

                    return new[] { value == "on" ? (byte)1 : (byte)0 };
                default:
                    if (!string.IsNullOrEmpty(value))
                    {
                        throw new OwnerToolException(ExitCode.Usage, action.Name + " takes no argument.");
                    }

                    return Array.Empty<byte>();
            }
        }

        private static int ParseBounded(DeviceAction action, string value, int min, int max, string unit)
        {
            if (!int.TryParse(value, out int number) || number < min || number > max)
            {
                throw new OwnerToolException(ExitCode.Usage, action.Name + " needs " + unit + " between " + min + " and " + max
                    + (value == null ? "." : ", not '" + value + "'."));
            }

            return number;
        }
    }
}
