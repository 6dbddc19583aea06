// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Text;

namespace OwnerTool.Core
{
    /// <summary>
    /// A device's settings layout in words: one named field per row, read from the bytes the Settings action returns
    /// (it reads with no arguments and answers a change with what is in force) and changed one field at a time. One
    /// implementation; each device kind is a field table (<see cref="Doorbell"/>: DEVICES.md §3.4, <see cref="Garage"/>:
    /// §2.4). The device clamps numbers; okf only checks form.
    /// </summary>
    public sealed class SettingsText
    {
        private static readonly string[] OnOff = { "off", "on" };

        /// <summary>The doorbell's 19-byte layout (action 0x28, DEVICES.md §3.4).</summary>
        public static readonly SettingsText Doorbell = new SettingsText(DeviceActions.Doorbell, 0x28, 19, new[]
        {
            new Field("min-press-ms", 0, 2), new Field("release-debounce-ms", 2, 2), new Field("ring-burst", 4, 1), new Field("ring-refill-ms", 5, 4),
            new Field("chime", 9, 1, OnOff), new Field("chime-pattern", 10, 1, new[] { "single", "double", "triple" }), new Field("camera-pulse-ms", 11, 2),
            new Field("motion", 13, 1, OnOff), new Field("motion-interval-ms", 14, 4), new Field("camera-on-motion", 18, 1, OnOff),
        });

        /// <summary>The garage opener's 12-byte layout (action 0x26, DEVICES.md §2.4).</summary>
        public static readonly SettingsText Garage = new SettingsText(DeviceActions.Garage, 0x26, 12, new[]
        {
            new Field("pulse-ms", 0, 2), new Field("min-gap-ms", 2, 2), new Field("warning-ms", 4, 2), new Field("departure-timeout-ms", 6, 2),
            new Field("travel-margin-ms", 8, 2), new Field("auto-close-minutes", 10, 1), new Field("opener", 11, 1, new[] { "toggle-only", "separate-buttons" }),
        });

        private readonly Field[] _fields;

        private SettingsText(string kind, byte action, int size, Field[] fields)
        {
            Kind = kind;
            Action = action;
            Size = size;
            _fields = fields;
        }

        /// <summary>Gets the device kind.</summary>
        public string Kind { get; }

        /// <summary>Gets the Settings action code.</summary>
        public byte Action { get; }

        /// <summary>Gets the layout size in bytes.</summary>
        public int Size { get; }

        /// <summary>Gets the field names, in layout order.</summary>
        public IEnumerable<string> Names
        {
            get
            {
                foreach (Field f in _fields)
                {
                    yield return f.Name;
                }
            }
        }

        /// <summary>Gets the layout of a kind.</summary>
        /// <param name="kind">"garage" or "doorbell".</param>
        /// <returns>The layout.</returns>
        public static SettingsText For(string kind) => kind == DeviceActions.Garage ? Garage : Doorbell;

        /// <summary>Formats the layout as "name value" lines.</summary>
        /// <param name="layout">The bytes.</param>
        /// <returns>The text, or the bytes in hex when the length is wrong.</returns>
        public string Format(byte[] layout)
        {
            if (layout.Length != Size)
            {
                return "settings data " + Hex.Encode(layout);
            }

            var text = new StringBuilder();
            foreach (Field f in _fields)
            {
                text.Append(f.Name.PadRight(20)).Append(' ').Append(f.Text(layout)).Append('\n');
            }

            return text.ToString().TrimEnd('\n');
        }

        /// <summary>The layout as name/value pairs for JSON: numbers as numbers, words as strings.</summary>
        /// <param name="layout">The bytes.</param>
        /// <returns>The values (enumerated in layout order).</returns>
        /// <exception cref="OwnerToolException">VerificationFailed when the length is wrong.</exception>
        public IDictionary<string, object> Values(byte[] layout)
        {
            if (layout.Length != Size)
            {
                throw new OwnerToolException(ExitCode.VerificationFailed, "the device answered " + layout.Length + " bytes of settings instead of " + Size + ".");
            }

            var result = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (Field f in _fields)
            {
                long n = f.Read(layout);
                result[f.Name] = f.Words != null && n < f.Words.Length ? f.Words[n] : n;
            }

            return result;
        }

        /// <summary>Returns a copy of <paramref name="layout"/> with one field changed.</summary>
        /// <param name="layout">The current bytes.</param>
        /// <param name="assignment">"name=value".</param>
        /// <returns>The new layout.</returns>
        /// <exception cref="OwnerToolException">Usage, for an unknown field or a malformed value.</exception>
        public byte[] With(byte[] layout, string assignment)
        {
            int eq = assignment?.IndexOf('=') ?? -1;
            string name = eq > 0 ? assignment.Substring(0, eq).Trim() : null;
            string value = eq > 0 ? assignment.Substring(eq + 1).Trim() : null;
            foreach (Field f in _fields)
            {
                if (f.Name != name)
                {
                    continue;
                }

                byte[] changed = (byte[])layout.Clone();
                long number = f.Parse(value);
                for (int i = 0; i < f.Size; i++)
                {
                    changed[f.Offset + i] = (byte)(number >> (8 * (f.Size - 1 - i)));
                }

                return changed;
            }

            throw new OwnerToolException(ExitCode.Usage, "--set takes NAME=VALUE with NAME one of " + string.Join(", ", Names) + ".");
        }

        /// <summary>One field: a big-endian unsigned number, or a small one named by <see cref="Words"/> (index = value).</summary>
        private sealed class Field
        {
            public Field(string name, int offset, int size, string[] words = null)
            {
                Name = name;
                Offset = offset;
                Size = size;
                Words = words;
            }

            public string Name { get; }

            public int Offset { get; }

            public int Size { get; }

            public string[] Words { get; }

            public long Read(byte[] layout)
            {
                long n = 0;
                for (int i = 0; i < Size; i++)
                {
                    n = (n << 8) | layout[Offset + i];
                }

                return n;
            }

            public string Text(byte[] layout)
            {
                long n = Read(layout);
                return Words != null && n < Words.Length ? Words[n] : n.ToString();
            }

            public long Parse(string value)
            {
                if (Words != null)
                {
                    int index = Array.IndexOf(Words, value);
                    if (index >= 0)
                    {
                        return index;
                    }

                    throw new OwnerToolException(ExitCode.Usage, Name + " needs " + string.Join(" or ", Words) + ", not '" + value + "'.");
                }

                long max = (1L << (8 * Size)) - 1;
                if (long.TryParse(value, out long n) && n >= 0 && n <= max)
                {
                    return n;
                }

                throw new OwnerToolException(ExitCode.Usage, Name + " needs a number 0-" + max + " (the device clamps it), not '" + value + "'.");
            }
        }
    }
}
