// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Text;
using OwnerTool.Core;
using Shared.Crypto.Audit;

namespace OwnerTool.Cli
{
    /// <summary>Human-readable lines for events and audit tables.</summary>
    public static class Formatting
    {
        private static readonly string[] DoorStates = { "unknown", "closed", "opening", "open", "closing", "stopped", "fault" };

        private const int GarageSnapshotSize = 9;
        private const byte GarageStateChanged = 0x01;
        private const int DoorbellSnapshotSize = 14;
        private const byte DoorbellRing = 0x01;
        private const byte DoorbellMotion = 0x02;
        private const int DoorbellEventSize = 7;

        // Delivery within this is "now"; later means the device queued it while offline (DEVICES.md §3.3).
        private const long LateEventSeconds = 30;

        /// <summary>Formats an event line (no lateness note: see the overload with the current time).</summary>
        /// <param name="e">The event.</param>
        /// <param name="kind">Device kind.</param>
        /// <returns>The line.</returns>
        public static string Event(DeviceEvent e, string kind) => Event(e, kind, 0);

        /// <summary>Formats an event line: garage state and doorbell ring/motion in words, anything else in hex.</summary>
        /// <param name="e">The event.</param>
        /// <param name="kind">Device kind.</param>
        /// <param name="nowUtcSeconds">Current UTC seconds: an event that happened well before it (queued while the
        /// device was offline) says how late it is; 0 = do not say.</param>
        /// <returns>The line.</returns>
        public static string Event(DeviceEvent e, string kind, long nowUtcSeconds)
        {
            string body;
            if (kind == DeviceActions.Garage && e.Code == GarageStateChanged && e.Data.Length >= GarageSnapshotSize)
            {
                body = "door " + Data(kind, e.Data);
            }
            else if (kind == DeviceActions.Doorbell && (e.Code == DoorbellRing || e.Code == DoorbellMotion) && e.Data.Length >= DoorbellEventSize)
            {
                body = DoorbellEvent(e.Code, e.Data);
            }
            else
            {
                body = "event 0x" + e.Code.ToString("X2") + (e.Data.Length > 0 ? "  data " + Hex.Encode(e.Data) : string.Empty);
            }

            long late = nowUtcSeconds - e.UtcSeconds;
            if (e.UtcSeconds > 0 && nowUtcSeconds > 0 && late >= LateEventSeconds)
            {
                body += " (delivered " + Elapsed(late) + " late)";
            }

            return Time(e.UtcSeconds) + "  " + body;
        }

        /// <summary>
        /// The line for a command the device carried out. A garage open, close or stop is accepted before the door moves,
        /// so its snapshot still shows the old state: the line says what was started rather than a bare "done (closed)".
        /// </summary>
        /// <param name="kind">Device kind.</param>
        /// <param name="action">Action name ("open").</param>
        /// <param name="data">Result data.</param>
        /// <returns>The line.</returns>
        public static string Done(string kind, string action, byte[] data)
        {
            string state = Data(kind, data);
            if (kind == DeviceActions.Garage && (action == "open" || action == "close" || action == "stop"))
            {
                string started = action == "open"
                    ? "open: accepted, the button press is sent and the door is starting to move"
                    : action == "close"
                        ? "close: accepted, light and buzzer warn first, then the button is pressed and the door starts down"
                        : "stop: accepted, the stop press is sent";
                return started + (state.Length > 0 ? " (when accepted: " + state + "; follow it with 'okf watch')" : string.Empty);
            }

            return action + ": done" + (state.Length > 0 ? " (" + state + ")" : string.Empty);
        }

        /// <summary>Describes result or event data: the garage snapshot in words, anything else in hex.</summary>
        /// <param name="kind">Device kind.</param>
        /// <param name="data">The data.</param>
        /// <returns>The text.</returns>
        public static string Data(string kind, byte[] data)
        {
            if (kind == DeviceActions.Doorbell && data.Length >= DoorbellSnapshotSize)
            {
                return Doorbell(data);
            }

            if (kind != DeviceActions.Garage || data.Length < GarageSnapshotSize)
            {
                return data.Length == 0 ? string.Empty : "data " + Hex.Encode(data);
            }

            // Snapshot: state, flags (obstructed, locked, close suspended, warning), fault, cause kind, cause id (4), direction.
            var text = new StringBuilder(State(kind, data[0]));
            AppendIf(text, (data[1] & 0x01) != 0, "obstructed");
            AppendIf(text, (data[1] & 0x02) != 0, "vacation lockout on");
            AppendIf(text, (data[1] & 0x04) != 0, "unattended close suspended");
            AppendIf(text, (data[1] & 0x08) != 0, "warning active");
            AppendIf(text, data[2] != 0, ReasonText.TextOf(data[2]));
            var cause = new AuditEntry { ActorKind = (ActorKind)data[3], ActorId = ((uint)data[4] << 24) | ((uint)data[5] << 16) | ((uint)data[6] << 8) | data[7] };
            AppendIf(text, data[3] != 0, "last moved by " + Who(cause));
            return text.ToString();
        }

        private static string Doorbell(byte[] data)
        {
            // Snapshot: flags (online, muted, dnd, chime, strike fitted, strike unlocked, motion fitted), mute s (2),
            // strike ms (2), last ring (4), suppressed presses (2), queued events (1), dropped events (2); big-endian.
            byte flags = data[0];
            var text = new StringBuilder((flags & 0x08) != 0 ? "chime on" : "chime off");
            AppendIf(text, (flags & 0x02) != 0, "muted " + ((data[1] << 8) | data[2]) + " s more");
            AppendIf(text, (flags & 0x04) != 0, "do-not-disturb");
            AppendIf(text, (flags & 0x10) == 0, "no strike");
            AppendIf(text, (flags & 0x20) != 0, "strike unlocked " + ((data[3] << 8) | data[4]) + " ms more");
            text.Append(", last ring #").Append((uint)((data[5] << 24) | (data[6] << 16) | (data[7] << 8) | data[8]));
            AppendIf(text, ((data[9] << 8) | data[10]) != 0, ((data[9] << 8) | data[10]) + " presses rate-limited");
            AppendIf(text, data[11] != 0, data[11] + " events queued");
            AppendIf(text, ((data[12] << 8) | data[13]) != 0, ((data[12] << 8) | data[13]) + " events dropped");
            return text.ToString();
        }

        private static string DoorbellEvent(byte code, byte[] data)
        {
            // Ring and motion: sequence u32 (per boot, from 1), chime sounded u8, suppressed u16; big-endian.
            uint sequence = (uint)((data[0] << 24) | (data[1] << 16) | (data[2] << 8) | data[3]);
            int suppressed = (data[5] << 8) | data[6];
            if (code == DoorbellMotion)
            {
                var motion = new StringBuilder("motion #").Append(sequence);
                AppendIf(motion, suppressed != 0, suppressed + " earlier detection" + (suppressed == 1 ? string.Empty : "s") + " suppressed");
                return motion.ToString();
            }

            var text = new StringBuilder("ring #").Append(sequence).Append(data[4] != 0 ? ", chime sounded" : ", chime silent");
            AppendIf(text, suppressed != 0, suppressed + " more press" + (suppressed == 1 ? string.Empty : "es") + " rate-limited");
            return text.ToString();
        }

        private static void AppendIf(StringBuilder text, bool condition, string part)
        {
            if (condition)
            {
                text.Append(", ").Append(part);
            }
        }

        /// <summary>Formats an audit report as a table.</summary>
        /// <param name="report">The report.</param>
        /// <param name="kind">Device kind (names actions and states).</param>
        /// <returns>The table.</returns>
        public static string AuditTable(AuditReport report, string kind)
        {
            var text = new StringBuilder();
            text.AppendLine(string.Format("{0,6}  {1,-20}  {2,-16}  {3,-14}  {4,-22}  {5}", "SEQ", "TIME", "WHO", "ACTION", "RESULT", "STATE"));
            foreach (AuditEntry entry in report.Entries)
            {
                string time = entry.UtcSeconds > 0 ? Time(entry.UtcSeconds) : "+" + (entry.MonotonicMilliseconds / 1000) + " s since boot";
                text.AppendLine(string.Format("{0,6}  {1,-20}  {2,-16}  {3,-14}  {4,-22}  {5}", entry.Sequence, time, Who(entry),
                    DeviceActions.NameOf(kind, entry.Action), ReasonText.NameOf(entry.Result), State(kind, entry.State)));
            }

            text.Append("chain verified: " + report.Entries.Count + " entries, head " + report.HeadSequence
                + (report.PinnedHeadChecked ? ", matches the head verified last time" : string.Empty));
            return text.ToString();
        }

        internal static string Who(AuditEntry entry)
        {
            switch (entry.ActorKind)
            {
                case ActorKind.Owner: return "owner key " + entry.ActorId;
                case ActorKind.Guest: return "guest " + entry.ActorId.ToString("x8");
                case ActorKind.AutoClose: return "auto-close";
                case ActorKind.Manual: return "manual";
                case ActorKind.LocalButton: return "setup button";
                case ActorKind.System: return "system";
                default: return "?";
            }
        }

        internal static string State(string kind, byte state)
        {
            return kind == DeviceActions.Garage && state < DoorStates.Length ? DoorStates[state] : "0x" + state.ToString("X2");
        }

        private static string Elapsed(long seconds)
        {
            return seconds < 120 ? seconds + " s" : seconds < 7200 ? (seconds / 60) + " min" : (seconds / 3600) + " h";
        }

        /// <summary>Formats UTC seconds as "2026-12-05 19:04:05Z" (no fractions, no offset), or "time unknown" for 0.</summary>
        /// <param name="utcSeconds">UTC seconds.</param>
        /// <returns>The text.</returns>
        public static string Time(long utcSeconds)
        {
            return utcSeconds > 0 ? DateTimeOffset.FromUnixTimeSeconds(utcSeconds).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss") + "Z" : "time unknown";
        }
    }
}
