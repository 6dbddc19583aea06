// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace DeviceSurface.Checker
{
    /// <summary>The outcome of the device-surface compile of one project.</summary>
    public sealed class ProjectResult
    {
        /// <summary>Creates a result.</summary>
        /// <param name="name">The project's assembly name.</param>
        /// <param name="fileCount">How many source files were compiled.</param>
        /// <param name="errors">One line per error (empty when the project passes).</param>
        /// <param name="compilation">The device compilation, or null when the project was not compiled.</param>
        public ProjectResult(string name, int fileCount, IReadOnlyList<string> errors, CSharpCompilation compilation = null)
        {
            Name = name;
            FileCount = fileCount;
            Errors = errors;
            Compilation = compilation;
        }

        /// <summary>Gets the device compilation (null when the project was not compiled).</summary>
        public CSharpCompilation Compilation { get; }

        /// <summary>Gets the assembly name.</summary>
        public string Name { get; }

        /// <summary>Gets the number of compiled files.</summary>
        public int FileCount { get; }

        /// <summary>Gets the errors, "file:line: ID message".</summary>
        public IReadOnlyList<string> Errors { get; }

        /// <summary>Gets a value indicating whether the project passed.</summary>
        public bool Ok
        {
            get { return Errors.Count == 0; }
        }
    }
}
