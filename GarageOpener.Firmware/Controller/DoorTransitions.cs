// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// The door state machine's transitions as a table. Fault and local reset apply from any state
    /// and are handled by the controller; a (state, event) pair missing here changes nothing.
    /// </summary>
    public static class DoorTransitions
    {
        private const byte Unknown = (byte)DoorState.Unknown;
        private const byte Closed = (byte)DoorState.Closed;
        private const byte Opening = (byte)DoorState.Opening;
        private const byte Open = (byte)DoorState.Open;
        private const byte Closing = (byte)DoorState.Closing;
        private const byte Stopped = (byte)DoorState.Stopped;

        private const byte LeftClosed = (byte)DoorEvent.LeftClosed;
        private const byte LeftOpen = (byte)DoorEvent.LeftOpen;
        private const byte ReachedClosed = (byte)DoorEvent.ReachedClosed;
        private const byte ReachedOpen = (byte)DoorEvent.ReachedOpen;
        private const byte PulsedUp = (byte)DoorEvent.PulsedUp;
        private const byte PulsedDown = (byte)DoorEvent.PulsedDown;
        private const byte StopPulsed = (byte)DoorEvent.StopPulsed;
        private const byte RunExpired = (byte)DoorEvent.RunExpired;

        // from,    event,         to
        private static readonly byte[] Table =
        {
            Closed,  LeftClosed,    Opening,
            Open,    LeftOpen,      Closing,
            Opening, ReachedOpen,   Open,
            Opening, ReachedClosed, Closed,
            Closing, ReachedClosed, Closed,
            Closing, ReachedOpen,   Open,     // the opener reversed (obstruction) or the wall button did
            Stopped, ReachedClosed, Closed,
            Stopped, ReachedOpen,   Open,
            Unknown, ReachedClosed, Closed,
            Unknown, ReachedOpen,   Open,
            Open,    PulsedDown,    Closing,  // only without an open-limit switch: Open was inferred
            Stopped, PulsedUp,      Opening,
            Stopped, PulsedDown,    Closing,
            Unknown, PulsedUp,      Opening,
            Unknown, PulsedDown,    Closing,
            Opening, StopPulsed,    Stopped,
            Closing, StopPulsed,    Stopped,
            Opening, RunExpired,    Stopped,
            Closing, RunExpired,    Stopped,
        };

        /// <summary>Gets the number of rows in the table.</summary>
        public static int Count
        {
            get { return Table.Length / 3; }
        }

        /// <summary>
        /// Looks up the state that <paramref name="evt"/> leads to from <paramref name="from"/>.
        /// </summary>
        /// <param name="from">The current state.</param>
        /// <param name="evt">The event.</param>
        /// <param name="to">The next state, or <paramref name="from"/> when the table has no row.</param>
        /// <returns><c>true</c> when the table has a row for the pair.</returns>
        public static bool TryNext(DoorState from, DoorEvent evt, out DoorState to)
        {
            for (int i = 0; i < Table.Length; i += 3)
            {
                if (Table[i] == (byte)from && Table[i + 1] == (byte)evt)
                {
                    to = (DoorState)Table[i + 2];
                    return true;
                }
            }

            to = from;
            return false;
        }
    }
}
