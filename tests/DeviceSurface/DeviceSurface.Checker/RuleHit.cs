// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Microsoft.CodeAnalysis;

namespace DeviceSurface.Checker
{
    /// <summary>One violation of a nanoFramework rule (see <see cref="DeviceRules"/>).</summary>
    public sealed class RuleHit
    {
        /// <summary>Creates a hit.</summary>
        /// <param name="id">The rule id, e.g. NF0001.</param>
        /// <param name="location">Where in the source.</param>
        /// <param name="message">What is wrong and what to do instead.</param>
        public RuleHit(string id, Location location, string message)
        {
            Id = id;
            Location = location;
            Message = message;
        }

        /// <summary>Gets the rule id.</summary>
        public string Id { get; }

        /// <summary>Gets the source location.</summary>
        public Location Location { get; }

        /// <summary>Gets the message.</summary>
        public string Message { get; }
    }
}
