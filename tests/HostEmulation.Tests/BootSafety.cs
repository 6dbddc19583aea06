// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.Device.Gpio;
using System.Linq;
using System.Text.RegularExpressions;
using nanoFramework.HostEmulation.Board;
using Xunit;

namespace HostEmulation.Tests
{
    /// <summary>Assertions shared by the boot tests of both firmwares.</summary>
    internal static class BootSafety
    {
        /// <summary>
        /// The pin is an output at its inactive level, was written inactive while still an input (so the
        /// latch was set before it drove), and never showed the active level at any step.
        /// </summary>
        public static void AssertDrivenInactiveFromTheStart(VirtualBoard board, int pin, PinValue inactive)
        {
            Assert.Equal(PinMode.Output, board.GetMode(pin));
            Assert.Equal(inactive, board.GetLevel(pin));

            IReadOnlyList<PinActivity> history = board.ActivityOf(pin);
            int firstOutput = history.ToList().FindIndex(a => a.Kind == PinActivityKind.ModeChanged && a.IsOutput);
            Assert.True(firstOutput > 0, "GPIO " + pin + " never became an output");
            Assert.Contains(history.Take(firstOutput), a => a.Kind == PinActivityKind.Written && !a.IsOutput && a.Value == inactive);
            Assert.All(history.Where(a => a.IsOutput), a => Assert.Equal(inactive, a.Level));
            Assert.DoesNotContain(history, a => a.Kind == PinActivityKind.Written && a.Value != inactive);
        }

        /// <summary>The start-up log names the part and gives its GPIO number.</summary>
        public static void AssertLogNames(string log, string part, int pin)
        {
            Assert.Contains(part, log);
            Assert.Matches(new Regex(@"\b" + pin + @"\b"), log);
        }
    }
}
