// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace OwnerTool.Core
{
    /// <summary>One-word names of device events and door states for scripts (DEVICES.md §2.2, §2.3, §3.3).</summary>
    public static class EventNames
    {
        /// <summary>Door state value of Open (snapshot byte 0).</summary>
        public const byte DoorOpen = 3;

        private static readonly string[] DoorStates = { "unknown", "closed", "opening", "open", "closing", "stopped", "fault" };

        /// <summary>Names an event: "ring", "motion", "door" (garage state change), else "event-0xNN".</summary>
        /// <param name="kind">Device kind.</param>
        /// <param name="e">The event.</param>
        /// <returns>The name.</returns>
        public static string Of(string kind, DeviceEvent e)
        {
            if (kind == DeviceActions.Garage && e.Code == 0x01)
            {
                return "door";
            }

            if (kind == DeviceActions.Doorbell && e.Code == 0x01)
            {
                return "ring";
            }

            if (kind == DeviceActions.Doorbell && e.Code == 0x02)
            {
                return "motion";
            }

            return "event-0x" + e.Code.ToString("x2");
        }

        /// <summary>The door state of a garage state-change event, or null.</summary>
        /// <param name="kind">Device kind.</param>
        /// <param name="e">The event.</param>
        /// <returns>"open", "closing" ..., or null for other events.</returns>
        public static string DoorState(string kind, DeviceEvent e)
        {
            if (kind != DeviceActions.Garage || e.Code != 0x01 || e.Data.Length < 1)
            {
                return null;
            }

            return e.Data[0] < DoorStates.Length ? DoorStates[e.Data[0]] : "0x" + e.Data[0].ToString("x2");
        }
    }
}
