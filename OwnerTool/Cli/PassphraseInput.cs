// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;
using System.Text;
using OwnerTool.Core;

namespace OwnerTool.Cli
{
    /// <summary>
    /// Where okf gets a key file passphrase: the environment (OKF_PASSPHRASE for the current one, OKF_NEW_PASSPHRASE
    /// for a new one; for scripts and tests) or, on a terminal, a prompt on standard error without echo.
    /// </summary>
    public static class PassphraseInput
    {
        /// <summary>Environment variable holding the current passphrase.</summary>
        public const string CurrentVariable = "OKF_PASSPHRASE";

        /// <summary>Environment variable holding a new passphrase (keygen --passphrase, passphrase).</summary>
        public const string NewVariable = "OKF_NEW_PASSPHRASE";

        /// <summary>Reads the current passphrase of a key file.</summary>
        /// <param name="path">The key file (named in the prompt).</param>
        /// <param name="error">Standard error (prompts go there, never to standard output).</param>
        /// <returns>The passphrase.</returns>
        public static string ReadCurrent(string path, TextWriter error)
        {
            string value = Environment.GetEnvironmentVariable(CurrentVariable);
            return value ?? Prompt("passphrase for " + path + ": ", error);
        }

        /// <summary>Reads a new passphrase, asking twice on a terminal.</summary>
        /// <param name="error">Standard error.</param>
        /// <returns>The new passphrase.</returns>
        public static string ReadNew(TextWriter error)
        {
            string value = Environment.GetEnvironmentVariable(NewVariable) ?? Environment.GetEnvironmentVariable(CurrentVariable);
            if (value != null)
            {
                return value;
            }

            string first = Prompt("new passphrase: ", error);
            string second = Prompt("new passphrase again: ", error);
            if (first != second)
            {
                throw new OwnerToolException(ExitCode.Usage, "the two passphrases differ; nothing was changed.");
            }

            return first;
        }

        private static string Prompt(string text, TextWriter error)
        {
            if (Console.IsInputRedirected)
            {
                throw new OwnerToolException(ExitCode.KeyFileProblem, "a key file passphrase is needed and there is no terminal to ask on: set "
                    + CurrentVariable + " (and " + NewVariable + " for a new one).");
            }

            error.Write("okf: " + text);
            error.Flush();
            var typed = new StringBuilder();
            while (true)
            {
                ConsoleKeyInfo key = Console.ReadKey(true);
                if (key.Key == ConsoleKey.Enter)
                {
                    error.WriteLine();
                    return typed.ToString();
                }

                if (key.Key == ConsoleKey.Backspace)
                {
                    if (typed.Length > 0)
                    {
                        typed.Length--;
                    }
                }
                else if (!char.IsControl(key.KeyChar))
                {
                    typed.Append(key.KeyChar);
                }
            }
        }
    }
}
