// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.IO;
using OwnerTool.Cli;

namespace OwnerTool.Tests.Support
{
    /// <summary>Runs okf with another runner's key file but a different broker address.</summary>
    public sealed class OkfCopy
    {
        private readonly Okf _okf;
        private readonly string _broker;

        /// <summary>Creates the runner.</summary>
        /// <param name="okf">Runner whose key file to use.</param>
        /// <param name="broker">Broker address.</param>
        public OkfCopy(Okf okf, string broker)
        {
            _okf = okf;
            _broker = broker;
        }

        /// <summary>Runs a command line.</summary>
        /// <param name="args">Arguments.</param>
        /// <returns>The run.</returns>
        public OkfRun Run(params string[] args)
        {
            var all = new List<string>(args) { "--broker", _broker, "--keys", _okf.KeyFile };
            var output = new StringWriter();
            var error = new StringWriter();
            int code = App.Run(all.ToArray(), output, error);
            return new OkfRun(code, output.ToString(), error.ToString());
        }
    }
}
