// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// The toggle-only opener's button cycle as data: each press moves the opener one row on
    /// (open, stop, close, stop, open ...). The controller predicts a press from this table and
    /// corrects its phase only from what the limit switches show, never by guessing.
    /// </summary>
    public static class ToggleCycle
    {
        // Indexed by TogglePhase. Unknown stays Unknown: a press from an unknown phase has an unknown result.
        private static readonly byte[] NextPhase =
        {
            (byte)TogglePhase.Unknown,          // Unknown          -> Unknown
            (byte)TogglePhase.StoppedAfterUp,   // MovingUp         -> StoppedAfterUp
            (byte)TogglePhase.MovingDown,       // StoppedAfterUp   -> MovingDown
            (byte)TogglePhase.StoppedAfterDown, // MovingDown       -> StoppedAfterDown
            (byte)TogglePhase.MovingUp,         // StoppedAfterDown -> MovingUp
        };

        private static readonly byte[] MotionOfPhase =
        {
            (byte)MotionDirection.None, // Unknown
            (byte)MotionDirection.Up,   // MovingUp
            (byte)MotionDirection.None, // StoppedAfterUp
            (byte)MotionDirection.Down, // MovingDown
            (byte)MotionDirection.None, // StoppedAfterDown
        };

        /// <summary>
        /// Gets the phase one button press after <paramref name="phase"/>.
        /// </summary>
        /// <param name="phase">The current phase.</param>
        /// <returns>The phase after the press.</returns>
        public static TogglePhase Next(TogglePhase phase)
        {
            return (TogglePhase)NextPhase[(int)phase];
        }

        /// <summary>
        /// Gets the motion of <paramref name="phase"/> (None for rest phases and Unknown).
        /// </summary>
        /// <param name="phase">A phase.</param>
        /// <returns>The direction the motor runs in that phase.</returns>
        public static MotionDirection MotionOf(TogglePhase phase)
        {
            return (MotionDirection)MotionOfPhase[(int)phase];
        }

        /// <summary>
        /// Gets the motion one press would start from <paramref name="phase"/>.
        /// </summary>
        /// <param name="phase">The current phase.</param>
        /// <returns>The predicted motion; None when it cannot be predicted.</returns>
        public static MotionDirection Predict(TogglePhase phase)
        {
            return MotionOf(Next(phase));
        }

        /// <summary>
        /// Gets the phase of a motor that is seen running in <paramref name="direction"/>.
        /// </summary>
        /// <param name="direction">The observed direction.</param>
        /// <returns>The running phase.</returns>
        public static TogglePhase Running(MotionDirection direction)
        {
            if (direction == MotionDirection.Up)
            {
                return TogglePhase.MovingUp;
            }

            return direction == MotionDirection.Down ? TogglePhase.MovingDown : TogglePhase.Unknown;
        }

        /// <summary>
        /// Gets the phase of a motor that came to rest after running in <paramref name="direction"/>
        /// (the opener's own limit ends a run the same way a press does).
        /// </summary>
        /// <param name="direction">The direction of the run that ended.</param>
        /// <returns>The rest phase.</returns>
        public static TogglePhase RestAfter(MotionDirection direction)
        {
            if (direction == MotionDirection.Up)
            {
                return TogglePhase.StoppedAfterUp;
            }

            return direction == MotionDirection.Down ? TogglePhase.StoppedAfterDown : TogglePhase.Unknown;
        }
    }
}
