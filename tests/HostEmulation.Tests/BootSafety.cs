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
        /// The pin was opened straight into output mode, its very next operation wrote the inactive level, it is
        /// an output at that level now, and no write ever asked for the active level. For an active-high driver
        /// (inactive Low) the active level never appeared on the pad at all.
        /// </summary>
        public static void AssertDrivenInactiveFromTheStart(VirtualBoard board, int pin, PinValue inactive)
        {
            Assert.Equal(PinMode.Output, board.GetMode(pin));
            Assert.Equal(inactive, board.GetLevel(pin));

            List<PinActivity> history = board.ActivityOf(pin).ToList();
            int firstOutput = history.FindIndex(a => a.Kind == PinActivityKind.ModeChanged && a.IsOutput);
            Assert.True(firstOutput > 0, "GPIO " + pin + " never became an output");
            Assert.DoesNotContain(history.Take(firstOutput), a => a.Kind == PinActivityKind.Written);
            Assert.True(firstOutput + 1 < history.Count, "GPIO " + pin + " was never written after becoming an output");
            PinActivity next = history[firstOutput + 1];
            Assert.Equal(PinActivityKind.Written, next.Kind);
            Assert.Equal(inactive, next.Value);
            Assert.DoesNotContain(history, a => a.Kind == PinActivityKind.Written && a.Value != inactive);
            if (inactive == PinValue.Low)
            {
                Assert.All(history.Where(a => a.IsOutput), a => Assert.Equal(inactive, a.Level));
            }
        }

        /// <summary>The start-up log names the part and gives its GPIO number.</summary>
        public static void AssertLogNames(string log, string part, int pin)
        {
            Assert.Contains(part, log);
            Assert.Matches(new Regex(@"\b" + pin + @"\b"), log);
        }
    }
}
