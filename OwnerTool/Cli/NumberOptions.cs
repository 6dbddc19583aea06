// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace OwnerTool.Cli
{
    /// <summary>
    /// Numeric options and arguments that explain a bad value in words ("--uses must be a whole number from 1 to 255,
    /// not 'x'") instead of the parser's default, which names .NET types (System.Int32).
    /// </summary>
    public static class NumberOptions
    {
        /// <summary>A whole-number option with an inclusive range.</summary>
        /// <param name="name">Option name ("--uses").</param>
        /// <param name="description">Help text.</param>
        /// <param name="min">Smallest value accepted.</param>
        /// <param name="max">Largest value accepted.</param>
        /// <param name="defaultValue">Value when the option is not given.</param>
        /// <returns>The option.</returns>
        public static Option<int> Whole(string name, string description, int min, int max, int defaultValue)
        {
            return new Option<int>(name)
            {
                Description = description,
                DefaultValueFactory = _ => defaultValue,
                CustomParser = result => ParseWhole(result, name, min, max),
            };
        }

        /// <summary>A whole-number argument with an inclusive range.</summary>
        /// <param name="name">Argument name ("keyId").</param>
        /// <param name="description">Help text.</param>
        /// <param name="min">Smallest value accepted.</param>
        /// <param name="max">Largest value accepted.</param>
        /// <returns>The argument.</returns>
        public static Argument<int> WholeArgument(string name, string description, int min, int max)
        {
            return new Argument<int>(name)
            {
                Description = description,
                CustomParser = result => ParseWhole(result, name, min, max),
            };
        }

        /// <summary>A number of seconds above <paramref name="above"/> and at most <paramref name="max"/>.</summary>
        /// <param name="name">Option name ("--timeout").</param>
        /// <param name="description">Help text.</param>
        /// <param name="above">Values must be greater than this.</param>
        /// <param name="max">Largest value accepted.</param>
        /// <param name="defaultValue">Value when the option is not given.</param>
        /// <returns>The option.</returns>
        public static Option<double> Seconds(string name, string description, double above, double max, double defaultValue)
        {
            return new Option<double>(name)
            {
                Description = description,
                DefaultValueFactory = _ => defaultValue,
                CustomParser = result => ParseSeconds(result, name, above, max),
            };
        }

        /// <summary>The sentence used when a seconds value is out of range or not a number.</summary>
        /// <param name="name">Option name.</param>
        /// <param name="above">Exclusive lower bound.</param>
        /// <param name="max">Inclusive upper bound.</param>
        /// <returns>The rule in words.</returns>
        public static string SecondsRule(string name, double above, double max) =>
            name + " must be a number of seconds above " + Text(above) + " and at most " + Text(max);

        private static int ParseWhole(ArgumentResult result, string name, int min, int max)
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
            {
                result.AddError(name + " must be a whole number from " + min + " to " + max + ", not '" + text + "'.");
                return min;
            }

            return value;
        }

        private static double ParseSeconds(ArgumentResult result, string name, double above, double max)
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !(value > above && value <= max))
            {
                result.AddError(SecondsRule(name, above, max) + ", not '" + text + "'.");
                return max;
            }

            return value;
        }

        private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
