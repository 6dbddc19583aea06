// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using OwnerTool.Core;

namespace OwnerTool.Cli
{
    /// <summary>The thin console layer: parses the command line, calls <see cref="OwnerClient"/>, prints, maps failures to exit codes.</summary>
    public sealed class App
    {
        private readonly TextWriter _out;
        private readonly TextWriter _err;

        private App(TextWriter output, TextWriter error)
        {
            _out = output;
            _err = error;
            Broker = new Option<string>("--broker")
            {
                Description = "MQTT broker: host:port, mqtt://host:port, mqtts://host:port (TLS), ws://host:port/path or wss://host:port/path",
                DefaultValueFactory = _ => "127.0.0.1:1883",
                Recursive = true,
            };
            Ca = new Option<string>("--ca") { Description = "PEM file with the CA that signed the broker's certificate (implies TLS; default: the system store)", Recursive = true };
            User = new Option<string>("--user") { Description = "Broker user name", Recursive = true };
            PasswordFile = new Option<string>("--password-file")
            {
                Description = "File whose first line is the broker password (or set " + PasswordVariable + ")",
                Recursive = true,
            };
            Keys = new Option<string>("--keys") { Description = "Key file (default ~/.config/okf/owner.json)", Recursive = true };
            Timeout = NumberOptions.Seconds("--timeout", "Seconds to wait for the device (above 0, at most " + MaxTimeoutSeconds + ")", 0,
                MaxTimeoutSeconds, 10);
            Timeout.Recursive = true;
        }

        /// <summary>The longest --timeout accepted, in seconds.</summary>
        public const double MaxTimeoutSeconds = 3600;

        /// <summary>Gets the --broker option.</summary>
        public Option<string> Broker { get; }

        /// <summary>Environment variable read for the broker password when no --password-file is given.</summary>
        public const string PasswordVariable = "OKF_BROKER_PASSWORD";

        /// <summary>Gets the --ca option.</summary>
        public Option<string> Ca { get; }

        /// <summary>Gets the --user option.</summary>
        public Option<string> User { get; }

        /// <summary>Gets the --password-file option.</summary>
        public Option<string> PasswordFile { get; }

        /// <summary>Gets the --keys option.</summary>
        public Option<string> Keys { get; }

        /// <summary>Gets the --timeout option.</summary>
        public Option<double> Timeout { get; }

        /// <summary>Gets the standard error (prompts).</summary>
        public TextWriter Error => _err;

        /// <summary>Gets the standard output.</summary>
        public TextWriter Out => _out;

        /// <summary>Runs a command line (also in-process, from tests and the demo).</summary>
        /// <param name="args">Arguments.</param>
        /// <param name="output">Standard output.</param>
        /// <param name="error">Standard error.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            return Run(args, output, error, CancellationToken.None);
        }

        /// <summary>Runs a command line with an outside cancellation (Ctrl+C is handled too).</summary>
        /// <param name="args">Arguments.</param>
        /// <param name="output">Standard output.</param>
        /// <param name="error">Standard error.</param>
        /// <param name="cancel">Cancellation.</param>
        /// <returns>The exit code.</returns>
        public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken cancel)
        {
            var app = new App(output, error);
            RootCommand root = app.Build();
            ParseResult parsed = root.Parse(args);
            var config = new InvocationConfiguration { Output = output, Error = error };
            return parsed.InvokeAsync(config, cancel).GetAwaiter().GetResult();
        }

        /// <summary>Builds the client from the global options.</summary>
        /// <param name="parsed">Parse result.</param>
        /// <returns>The client.</returns>
        public OwnerClient Client(ParseResult parsed)
        {
            return new OwnerClient(Settings(parsed));
        }

        /// <summary>Builds the settings from the global options (broker, login, keys, timeout).</summary>
        /// <param name="parsed">Parse result.</param>
        /// <returns>The settings.</returns>
        public ToolSettings Settings(ParseResult parsed)
        {
            var settings = new ToolSettings();
            if (!settings.TrySetBroker(parsed.GetValue(Broker)))
            {
                throw new OwnerToolException(ExitCode.Usage, "--broker must be host:port or an mqtt://, mqtts://, ws:// or wss:// URI, not '"
                    + parsed.GetValue(Broker) + "'.");
            }

            double seconds = parsed.GetValue(Timeout);
            if (!(seconds > 0 && seconds <= MaxTimeoutSeconds))
            {
                throw new OwnerToolException(ExitCode.Usage, NumberOptions.SecondsRule("--timeout", 0, MaxTimeoutSeconds) + ".");
            }

            settings.Timeout = TimeSpan.FromSeconds(seconds);
            settings.KeyFile = parsed.GetValue(Keys) ?? KeyStore.DefaultPath;
            string keyFile = settings.KeyFile;
            settings.Passphrase = () => PassphraseInput.ReadCurrent(keyFile, _err);
            settings.CaFile = parsed.GetValue(Ca);
            settings.UseTls |= settings.CaFile != null;
            settings.UserName = parsed.GetValue(User);
            settings.Password = ReadPassword(parsed.GetValue(PasswordFile));
            return settings;
        }

        /// <summary>Reads the first line of a password file (okf bridge's --ha-password-file).</summary>
        /// <param name="file">The file.</param>
        /// <returns>The password.</returns>
        internal static string ReadPasswordFile(string file) => ReadPassword(file);

        private static string ReadPassword(string file)
        {
            if (file == null)
            {
                string fromEnvironment = Environment.GetEnvironmentVariable(PasswordVariable);
                return string.IsNullOrEmpty(fromEnvironment) ? null : fromEnvironment;
            }

            try
            {
                // Only the first line: an editor's trailing newline is not part of the password.
                using (var reader = new StreamReader(file))
                {
                    return reader.ReadLine() ?? string.Empty;
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new OwnerToolException(ExitCode.Usage, "cannot read the password file " + file + " (" + e.Message + ").");
            }
        }

        /// <summary>Attaches an action that maps <see cref="OwnerToolException"/> to its exit code and message.</summary>
        /// <param name="command">The command.</param>
        /// <param name="body">The work; returns the exit code.</param>
        public void Handle(Command command, Func<ParseResult, CancellationToken, int> body)
        {
            command.SetAction((parsed, cancel) => Task.FromResult(Guard(() => body(parsed, cancel))));
        }

        private int Guard(Func<int> body)
        {
            try
            {
                return body();
            }
            catch (OwnerToolException e)
            {
                _err.WriteLine("okf: " + e.Message);
                return (int)e.Code;
            }
            catch (OperationCanceledException)
            {
                _err.WriteLine("okf: cancelled.");
                return (int)ExitCode.TimedOut;
            }
        }

        private RootCommand Build()
        {
            var root = new RootCommand("okf - the owner tool for owner-keyed doorbells and garage openers. Pair a device from its "
                + "pairing URI, then command it over an (untrusted) MQTT broker with keys only you hold. " + ExitCodeHelp.Text);
            root.Add(Broker);
            root.Add(Ca);
            root.Add(User);
            root.Add(PasswordFile);
            root.Add(Keys);
            root.Add(Timeout);
            DeviceCommands.AddTo(root, this);
            AdminCommands.AddTo(root, this);
            HousekeepingCommands.AddTo(root, this);
            root.Add(BridgeCommand.Create(this));
            return root;
        }
    }
}
