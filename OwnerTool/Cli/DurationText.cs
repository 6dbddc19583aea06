// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Globalization;

namespace OwnerTool.Cli
{
    /// <summary>Parses durations like "90s", "30m", "2h", "7d" (a bare number is seconds) and says them in words.</summary>
    public static class DurationText
    {
        /// <summary>Parses a duration.</summary>
        /// <param name="text">The text.</param>
        /// <param name="value">The duration.</param>
        /// <returns>False when malformed or not positive.</returns>
        public static bool TryParse(string text, out TimeSpan value)
        {
            value = TimeSpan.Zero;
            if (string.IsNullOrWhiteSpace(text))
            {
                return false;
            }

            text = text.Trim().ToLowerInvariant();
            char unit = char.IsLetter(text[text.Length - 1]) ? text[text.Length - 1] : 's';
            string number = char.IsLetter(text[text.Length - 1]) ? text.Substring(0, text.Length - 1) : text;
            if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double amount) || amount <= 0 || amount > 1e7)
            {
                return false;
            }

            switch (unit)
            {
                case 's': value = TimeSpan.FromSeconds(amount); return true;
                case 'm': value = TimeSpan.FromMinutes(amount); return true;
                case 'h': value = TimeSpan.FromHours(amount); return true;
                case 'd': value = TimeSpan.FromDays(amount); return true;
                case 'w': value = TimeSpan.FromDays(amount * 7); return true;
                default: return false;
            }
        }

        /// <summary>A span in words, rounded down to its largest unit: "45 s", "12 min", "5 h", "3 d".</summary>
        /// <param name="seconds">Seconds (0 or more).</param>
        /// <returns>The words.</returns>
        public static string Words(long seconds)
        {
            return seconds < 120 ? seconds + " s" : seconds < 7200 ? (seconds / 60) + " min" : seconds < 172800 ? (seconds / 3600) + " h" : (seconds / 86400) + " d";
        }
    }
}
