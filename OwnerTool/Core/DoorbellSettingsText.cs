// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Text;

namespace OwnerTool.Core
{
    /// <summary>
    /// The doorbell's 19-byte settings (DEVICES.md §3.4) in words: one named field per row, read from the layout the
    /// Settings action (0x28) returns and changed one field at a time. The device clamps numbers; okf only checks form.
    /// </summary>
    public static class DoorbellSettingsText
    {
        /// <summary>Settings action code (DoorbellAction.Settings).</summary>
        public const byte Action = 0x28;

        /// <summary>Layout size.</summary>
        public const int Size = 19;

        private static readonly string[] Patterns = { "single", "double", "triple" };

        // Name, offset, size, kind: n = unsigned number, b = on/off, p = chime pattern.
        private static readonly (string Name, int Offset, int Size, char Kind)[] Fields =
        {
            ("min-press-ms", 0, 2, 'n'), ("release-debounce-ms", 2, 2, 'n'), ("ring-burst", 4, 1, 'n'), ("ring-refill-ms", 5, 4, 'n'),
            ("chime", 9, 1, 'b'), ("chime-pattern", 10, 1, 'p'), ("camera-pulse-ms", 11, 2, 'n'), ("motion", 13, 1, 'b'),
            ("motion-interval-ms", 14, 4, 'n'), ("camera-on-motion", 18, 1, 'b'),
        };

        /// <summary>Gets the field names.</summary>
        public static IEnumerable<string> Names
        {
            get
            {
                foreach (var f in Fields)
                {
                    yield return f.Name;
                }
            }
        }

        /// <summary>Formats the layout as "name value" lines.</summary>
        /// <param name="layout">19 bytes.</param>
        /// <returns>The text, or the bytes in hex when the length is wrong.</returns>
        public static string Format(byte[] layout)
        {
            if (layout.Length != Size)
            {
                return "settings data " + Hex.Encode(layout);
            }

            var text = new StringBuilder();
            foreach (var f in Fields)
            {
                text.Append(f.Name.PadRight(20)).Append(' ').Append(ValueText(layout, f.Offset, f.Size, f.Kind)).Append('\n');
            }

            return text.ToString().TrimEnd('\n');
        }

        /// <summary>Returns a copy of <paramref name="layout"/> with one field changed.</summary>
        /// <param name="layout">The current 19 bytes.</param>
        /// <param name="assignment">"name=value".</param>
        /// <returns>The new layout.</returns>
        /// <exception cref="OwnerToolException">Usage, for an unknown field or a malformed value.</exception>
        public static byte[] With(byte[] layout, string assignment)
        {
            int eq = assignment?.IndexOf('=') ?? -1;
            string name = eq > 0 ? assignment.Substring(0, eq).Trim() : null;
            string value = eq > 0 ? assignment.Substring(eq + 1).Trim() : null;
            foreach (var f in Fields)
            {
                if (f.Name != name)
                {
                    continue;
                }

                byte[] changed = (byte[])layout.Clone();
                long number = Parse(f.Name, f.Kind, f.Size, value);
                for (int i = 0; i < f.Size; i++)
                {
                    changed[f.Offset + i] = (byte)(number >> (8 * (f.Size - 1 - i)));
                }

                return changed;
            }

            throw new OwnerToolException(ExitCode.Usage, "--set takes NAME=VALUE with NAME one of " + string.Join(", ", Names) + ".");
        }

        private static long Parse(string name, char kind, int size, string value)
        {
            if (kind == 'b' && (value == "on" || value == "off"))
            {
                return value == "on" ? 1 : 0;
            }

            int pattern = Array.IndexOf(Patterns, value);
            if (kind == 'p' && pattern >= 0)
            {
                return pattern;
            }

            long max = (1L << (8 * size)) - 1;
            if (kind == 'n' && long.TryParse(value, out long n) && n >= 0 && n <= max)
            {
                return n;
            }

            string expected = kind == 'b' ? "on or off" : kind == 'p' ? string.Join(", ", Patterns) : "a number 0-" + max + " (the device clamps it)";
            throw new OwnerToolException(ExitCode.Usage, name + " needs " + expected + ", not '" + value + "'.");
        }

        private static string ValueText(byte[] layout, int offset, int size, char kind)
        {
            long n = 0;
            for (int i = 0; i < size; i++)
            {
                n = (n << 8) | layout[offset + i];
            }

            switch (kind)
            {
                case 'b': return n == 1 ? "on" : n == 0 ? "off" : n.ToString();
                case 'p': return n < Patterns.Length ? Patterns[n] : n.ToString();
                default: return n.ToString();
            }
        }
    }
}
