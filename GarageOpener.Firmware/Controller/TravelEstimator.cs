// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Runtime.Platform;

namespace GarageOpener.Firmware.Controller
{
    /// <summary>
    /// The learned time of one full run (limit to limit) in one direction. It starts from a seed,
    /// follows measured runs with a moving average, and stays inside fixed bounds, so one strange run
    /// (a door held by hand) can neither make the timeout useless nor make every run a fault.
    /// </summary>
    public sealed class TravelEstimator
    {
        /// <summary>The estimate before any run was measured.</summary>
        public const int SeedMs = 15000;

        /// <summary>The smallest estimate (and the smallest sample counted).</summary>
        public const int MinMs = 5000;

        /// <summary>The largest estimate (and the largest sample counted).</summary>
        public const int MaxMs = 45000;

        private int _estimateMs = SeedMs;
        private int _samples;

        /// <summary>Gets the current estimate in milliseconds.</summary>
        public int EstimateMs
        {
            get { return _estimateMs; }
        }

        /// <summary>Gets how many runs were learned since boot.</summary>
        public int Samples
        {
            get { return _samples; }
        }

        /// <summary>
        /// Learns one measured full run.
        /// </summary>
        /// <param name="measuredMs">Milliseconds from leaving one limit to reaching the other.</param>
        public void Learn(long measuredMs)
        {
            int sample = measuredMs > MaxMs ? MaxMs : (measuredMs < MinMs ? MinMs : (int)measuredMs);

            // The first run replaces the seed; later ones move the estimate a quarter of the way.
            _estimateMs = _samples == 0 ? sample : ((_estimateMs * 3) + sample) / 4;
            _estimateMs = MonotonicTime.Clamp(_estimateMs, MinMs, MaxMs);
            _samples++;
        }
    }
}
