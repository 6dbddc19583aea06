// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace OwnerTool.Core
{
    /// <summary>One device action the tool can send: its command name, wire code and argument shape.</summary>
    public sealed class DeviceAction
    {
        /// <summary>Creates an action.</summary>
        /// <param name="kind">Device kind ("garage", "doorbell").</param>
        /// <param name="name">Command name on the command line.</param>
        /// <param name="code">Action code (0x20-0x3F).</param>
        /// <param name="argument">Argument shape.</param>
        /// <param name="summary">One line for --help.</param>
        public DeviceAction(string kind, string name, byte code, ActionArgument argument, string summary)
        {
            Kind = kind;
            Name = name;
            Code = code;
            Argument = argument;
            Summary = summary;
        }

        /// <summary>Gets the device kind.</summary>
        public string Kind { get; }

        /// <summary>Gets the command name.</summary>
        public string Name { get; }

        /// <summary>Gets the action code.</summary>
        public byte Code { get; }

        /// <summary>Gets the argument shape.</summary>
        public ActionArgument Argument { get; }

        /// <summary>Gets the help line.</summary>
        public string Summary { get; }
    }
}
