// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace Doorbell.Firmware.Controller
{
    /// <summary>
    /// A chime relay pattern as data: alternating closed and open times in milliseconds, starting closed.
    /// On a two-note mechanical chime the closing strikes "ding" and the opening lets the plunger fall
    /// back for "dong", so one closure of a few hundred milliseconds is the classic ring.
    /// </summary>
    public sealed class ChimePattern
    {
        /// <summary>Index of <see cref="Single"/> in the settings.</summary>
        public const int SingleIndex = 0;

        /// <summary>Index of <see cref="Double"/> in the settings.</summary>
        public const int DoubleIndex = 1;

        /// <summary>Index of <see cref="Triple"/> in the settings.</summary>
        public const int TripleIndex = 2;

        /// <summary>Number of built-in patterns.</summary>
        public const int Count = 3;

        /// <summary>One closure: ding-dong.</summary>
        public static readonly ChimePattern Single = new ChimePattern(new int[] { 400 });

        /// <summary>Two closures: ding-dong, ding-dong.</summary>
        public static readonly ChimePattern Double = new ChimePattern(new int[] { 400, 600, 400 });

        /// <summary>Three short closures, for a side door.</summary>
        public static readonly ChimePattern Triple = new ChimePattern(new int[] { 250, 350, 250, 350, 250 });

        private readonly int[] _steps;

        /// <summary>
        /// Creates a pattern; each closed step is clamped to <see cref="DoorbellLimits.ChimeMaxOnMs"/>.
        /// </summary>
        /// <param name="steps">Closed, open, closed, ... times in milliseconds.</param>
        public ChimePattern(int[] steps)
        {
            _steps = new int[steps.Length];
            for (int i = 0; i < steps.Length; i++)
            {
                int max = (i % 2) == 0 ? DoorbellLimits.ChimeMaxOnMs : int.MaxValue;
                _steps[i] = MonotonicTime.Clamp(steps[i], 1, max);
            }
        }

        /// <summary>
        /// Gets the number of steps.
        /// </summary>
        public int StepCount
        {
            get { return _steps.Length; }
        }

        /// <summary>
        /// Gets the length of step <paramref name="index"/> in milliseconds (even steps closed, odd open).
        /// </summary>
        /// <param name="index">The step index.</param>
        /// <returns>The step length.</returns>
        public int StepMs(int index)
        {
            return _steps[index];
        }

        /// <summary>
        /// Returns the built-in pattern with <paramref name="index"/>, or null when there is none.
        /// </summary>
        /// <param name="index">A pattern index from the settings.</param>
        /// <returns>The pattern or null.</returns>
        public static ChimePattern ForIndex(int index)
        {
            switch (index)
            {
                case SingleIndex:
                    return Single;
                case DoubleIndex:
                    return Double;
                case TripleIndex:
                    return Triple;
                default:
                    return null;
            }
        }
    }
}
