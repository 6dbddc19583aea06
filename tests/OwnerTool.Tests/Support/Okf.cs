// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using OwnerTool.Cli;

namespace OwnerTool.Tests.Support
{
    /// <summary>Runs okf in-process with a private key file, capturing output and exit code.</summary>
    public sealed class Okf : IDisposable
    {
        private readonly string _folder;

        /// <summary>Creates a runner with its own temporary folder and key file.</summary>
        /// <param name="broker">host:port of the broker.</param>
        public Okf(string broker)
        {
            _folder = Path.Combine(Path.GetTempPath(), "okf-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_folder);
            Broker = broker;
            KeyFile = Path.Combine(_folder, "owner.json");
        }

        /// <summary>Gets the broker address.</summary>
        public string Broker { get; }

        /// <summary>Gets the key file path.</summary>
        public string KeyFile { get; }

        /// <summary>Gets the temporary folder.</summary>
        public string Folder => _folder;

        /// <summary>Makes the owner key and pairs it with a simulated device through its open pairing window.</summary>
        /// <param name="device">The device.</param>
        /// <param name="name">The local name for the device.</param>
        public void KeygenAndPair(SimulatedDevice device, string name)
        {
            OkfRun keygen = Run("keygen");
            if (keygen.Code != 0)
            {
                throw new InvalidOperationException("keygen failed: " + keygen);
            }

            device.OpenPairingWindow();
            OkfRun pair = Run("pair", device.Uri, "--name", name);
            if (pair.Code != 0)
            {
                throw new InvalidOperationException("pairing failed: " + pair);
            }
        }

        /// <summary>Runs a command line with --broker and --keys added.</summary>
        /// <param name="args">Arguments.</param>
        /// <returns>Exit code and output.</returns>
        public OkfRun Run(params string[] args) => Run(CancellationToken.None, args);

        /// <summary>Runs a command line with cancellation.</summary>
        /// <param name="cancel">Cancellation.</param>
        /// <param name="args">Arguments.</param>
        /// <returns>Exit code and output.</returns>
        public OkfRun Run(CancellationToken cancel, params string[] args)
        {
            var all = new List<string>(args) { "--broker", Broker, "--keys", KeyFile };
            var output = new StringWriter();
            var error = new StringWriter();
            int code = App.Run(all.ToArray(), output, error, cancel);
            return new OkfRun(code, output.ToString(), error.ToString());
        }

        /// <summary>Deletes the folder.</summary>
        public void Dispose()
        {
            try
            {
                Directory.Delete(_folder, true);
            }
            catch (IOException)
            {
                // A temp folder left behind harms nothing.
            }
        }
    }
}
