// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OwnerTool.Cli
{
    /// <summary>
    /// The one JSON writer of the commands scripts read (<c>--json</c>): indented, camelCase property names, nulls
    /// left out, enums as their names. Field names are documented in docs/OWNER-TOOL.md and kept stable.
    /// </summary>
    public static class JsonOutput
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };

        /// <summary>Makes the --json option.</summary>
        /// <returns>The option.</returns>
        public static Option<bool> Option() => new Option<bool>("--json") { Description = "Print JSON for scripts (fields: docs/OWNER-TOOL.md)" };

        /// <summary>Serializes a value.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The JSON text.</returns>
        public static string Serialize(object value) => JsonSerializer.Serialize(value, value?.GetType() ?? typeof(object), Options);

        /// <summary>Writes a value as JSON on standard output.</summary>
        /// <param name="app">The app.</param>
        /// <param name="value">The value.</param>
        /// <returns>Exit code 0.</returns>
        public static int Write(App app, object value)
        {
            app.Out.WriteLine(Serialize(value));
            return 0;
        }
    }
}
