// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Device.Gpio;
using System.Globalization;
using System.IO;
using nanoFramework.HostEmulation.Board;

namespace nanoFramework.HostEmulation.Board.Terminal
{
    /// <summary>
    /// The virtual device's terminal: reads commands that drive the board's inputs (press 32, release 32,
    /// set 33 low, pins, quit) and prints every output change as it happens.
    /// </summary>
    public sealed class BoardConsole
    {
        private readonly VirtualBoard _board;
        private readonly TextWriter _out;

        /// <summary>Creates a console over <paramref name="board"/> writing to <paramref name="output"/>.</summary>
        /// <param name="board">The board.</param>
        /// <param name="output">Where lines go.</param>
        public BoardConsole(VirtualBoard board, TextWriter output)
        {
            _board = board;
            _out = output;
        }

        /// <summary>Formats a board time as the log prefix, e.g. <c>[  1.234s]</c>.</summary>
        /// <param name="time">The board time.</param>
        /// <returns>The prefix.</returns>
        public static string Stamp(TimeSpan time)
        {
            return "[" + time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture).PadLeft(7) + "s]";
        }

        /// <summary>Prints each output change of the board from now on.</summary>
        public void EchoOutputs()
        {
            EchoOutputs(pin => true);
        }

        /// <summary>Prints the output changes of the pins <paramref name="shown"/> accepts from now on.</summary>
        /// <param name="shown">Tells whether a pin's changes are printed.</param>
        public void EchoOutputs(Func<int, bool> shown)
        {
            _board.OutputChanged += (sender, e) =>
            {
                if (shown(e.Pin))
                {
                    _out.WriteLine(Stamp(e.Time) + " " + Name(e.Pin, e.Label) + " -> " + e.NewLevel
                        + (e.Mode >= PinMode.Output ? string.Empty : " (released, " + e.Mode + ")"));
                }
            };
        }

        /// <summary>Reads and runs commands until "quit" or the end of the input.</summary>
        /// <param name="input">The command source.</param>
        public void Run(TextReader input)
        {
            _out.WriteLine("commands: press N | release N | set N high|low | pins | help | quit");
            string line;
            while ((line = input.ReadLine()) != null)
            {
                if (!Execute(line))
                {
                    return;
                }
            }
        }

        /// <summary>Runs one command line.</summary>
        /// <param name="line">The command.</param>
        /// <returns><c>false</c> when the command was quit.</returns>
        public bool Execute(string line)
        {
            string[] words = line.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                return true;
            }

            try
            {
                return Dispatch(words);
            }
            catch (ArgumentException ex)
            {
                _out.WriteLine("error: " + ex.Message);
                return true;
            }
        }

        private bool Dispatch(string[] words)
        {
            switch (words[0])
            {
                case "quit":
                case "exit":
                    return false;
                case "pins":
                    PrintPins();
                    return true;
                case "press" when words.Length == 2:
                    _board.Press(PinArg(words[1]));
                    return true;
                case "release" when words.Length == 2:
                    _board.Release(PinArg(words[1]));
                    return true;
                case "set" when words.Length == 3:
                    _board.SetInput(PinArg(words[1]), LevelArg(words[2]));
                    return true;
                default:
                    _out.WriteLine("commands: press N | release N | set N high|low | pins | help | quit");
                    return true;
            }
        }

        private void PrintPins()
        {
            for (int pin = 0; pin < _board.PinCount; pin++)
            {
                PinMode? mode = _board.GetMode(pin);
                string label = _board.GetLabel(pin);
                if (mode == null && label == null)
                {
                    continue;
                }

                string modeText = mode == null ? "closed" : mode.Value.ToString();
                _out.WriteLine(Name(pin, label).PadRight(26) + modeText.PadRight(24) + _board.GetLevel(pin));
            }
        }

        private int PinArg(string word)
        {
            if (!int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int pin) || pin >= _board.PinCount)
            {
                throw new ArgumentException("no GPIO '" + word + "'");
            }

            return pin;
        }

        private static PinValue LevelArg(string word)
        {
            switch (word)
            {
                case "high":
                case "1":
                    return PinValue.High;
                case "low":
                case "0":
                    return PinValue.Low;
                default:
                    throw new ArgumentException("level must be high or low, not '" + word + "'");
            }
        }

        private static string Name(int pin, string label)
        {
            return "GPIO" + pin.ToString(CultureInfo.InvariantCulture) + (label == null ? string.Empty : " " + label);
        }
    }
}
