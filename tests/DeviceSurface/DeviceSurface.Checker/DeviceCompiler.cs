// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeviceSurface.Checker
{
    /// <summary>
    /// Compiles the projects of a device solution the way the nanoFramework build would: C# 9, no standard
    /// library, only the surface assemblies of the packages each project lists plus the projects it references.
    /// </summary>
    public sealed class DeviceCompiler
    {
        /// <summary>Parse options of the device build: C# 9, no symbols (a Release build).</summary>
        public static readonly CSharpParseOptions ParseOptions =
            new CSharpParseOptions(LanguageVersion.CSharp9, DocumentationMode.Parse, SourceCodeKind.Regular, new string[0]);

        private readonly SurfaceCatalog _surface;

        /// <summary>Creates a compiler over a built surface.</summary>
        /// <param name="surface">The reference surface.</param>
        public DeviceCompiler(SurfaceCatalog surface)
        {
            _surface = surface;
        }

        /// <summary>Compilation options of the device build.</summary>
        /// <param name="exe">True for an application (needs a static Main).</param>
        /// <returns>The options.</returns>
        public static CSharpCompilationOptions Options(bool exe)
        {
            return new CSharpCompilationOptions(exe ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary)
                .WithNullableContextOptions(NullableContextOptions.Disable)
                .WithAllowUnsafe(false)
                .WithConcurrentBuild(false)
                .WithDeterministic(true);
        }

        /// <summary>Formats a diagnostic as "path:line: id message", the path relative to <paramref name="baseDir"/>.</summary>
        /// <param name="d">The diagnostic.</param>
        /// <param name="baseDir">Folder paths are shown relative to.</param>
        /// <returns>One line.</returns>
        public static string Format(Diagnostic d, string baseDir)
        {
            return Where(d.Location, baseDir) + ": " + d.Id + " " + d.GetMessage();
        }

        /// <summary>Checks every project of a solution in dependency order.</summary>
        /// <param name="slnPath">The .sln path.</param>
        /// <returns>One result per project.</returns>
        public IReadOnlyList<ProjectResult> CheckSolution(string slnPath)
        {
            List<NfProject> projects = SolutionFile.NfProjects(slnPath).Select(NfProject.Load).ToList();
            string baseDir = Path.GetDirectoryName(Path.GetFullPath(slnPath));
            Dictionary<string, MetadataReference> built = new Dictionary<string, MetadataReference>(StringComparer.OrdinalIgnoreCase);
            List<ProjectResult> results = new List<ProjectResult>();
            List<NfProject> pending = new List<NfProject>(projects);
            while (pending.Count > 0)
            {
                NfProject next = pending.FirstOrDefault(p => p.ProjectReferences.All(r => built.ContainsKey(r) || !projects.Any(q => q.Path == r)));
                if (next == null)
                {
                    foreach (NfProject p in pending)
                    {
                        results.Add(new ProjectResult(p.AssemblyName, 0, new[] { p.Path + ": NF0100 project reference cycle or missing project" }));
                    }

                    break;
                }

                pending.Remove(next);
                ProjectResult r = Check(next, built, baseDir);
                results.Add(r);
            }

            return results;
        }

        /// <summary>Checks one project against the surface and already built projects.</summary>
        /// <param name="project">The project.</param>
        /// <param name="built">Compiled projects by full .nfproj path; the result is added on success or failure.</param>
        /// <param name="baseDir">Folder paths in messages are relative to.</param>
        /// <returns>The result.</returns>
        public ProjectResult Check(NfProject project, Dictionary<string, MetadataReference> built, string baseDir)
        {
            List<string> errors = new List<string>();
            CompileListErrors(project, baseDir, errors);

            List<MetadataReference> refs = new List<MetadataReference>();
            foreach (string id in project.PackageIds)
            {
                string asm;
                if (!SurfaceCatalog.PackageAssemblies.TryGetValue(id, out asm))
                {
                    errors.Add(Rel(project.Path, baseDir) + ": NF0101 package '" + id + "' has no reference surface under tests/DeviceSurface/Surface");
                    continue;
                }

                MetadataReference surfaceRef = _surface.Reference(asm);
                if (surfaceRef == null)
                {
                    errors.Add(Rel(project.Path, baseDir) + ": NF0101 no surface declarations for assembly '" + asm + "'");
                    continue;
                }

                refs.Add(surfaceRef);
                string[] extra;
                if (SurfaceCatalog.PackageExtraAssemblies.TryGetValue(id, out extra))
                {
                    foreach (string more in extra)
                    {
                        refs.Add(_surface.Reference(more));
                    }
                }
            }

            foreach (string r in project.ProjectReferences)
            {
                MetadataReference m;
                if (built.TryGetValue(r, out m))
                {
                    refs.Add(m);
                }
                else
                {
                    errors.Add(Rel(project.Path, baseDir) + ": NF0102 referenced project not in the solution: " + Rel(r, baseDir));
                }
            }

            List<SyntaxTree> trees = new List<SyntaxTree>();
            foreach (string include in project.CompileItems)
            {
                string file = Path.Combine(project.Directory, NfProject.ToLocal(include));
                if (File.Exists(file))
                {
                    trees.Add(CSharpSyntaxTree.ParseText(File.ReadAllText(file), ParseOptions, file));
                }
            }

            CSharpCompilation c = CSharpCompilation.Create(project.AssemblyName, trees, refs, Options(project.IsExe));
            foreach (Diagnostic d in c.GetDiagnostics().Where(x => x.Severity == DiagnosticSeverity.Error))
            {
                errors.Add(Format(d, baseDir));
            }

            foreach (RuleHit hit in DeviceRules.Check(c))
            {
                errors.Add(Where(hit.Location, baseDir) + ": " + hit.Id + " " + hit.Message);
            }

            built[project.Path] = c.ToMetadataReference();
            return new ProjectResult(project.AssemblyName, trees.Count, errors, c);
        }

        private static void CompileListErrors(NfProject project, string baseDir, List<string> errors)
        {
            string where = Rel(project.Path, baseDir);
            HashSet<string> listed = new HashSet<string>(project.CompileItems, StringComparer.Ordinal);
            HashSet<string> onDisk = new HashSet<string>(project.SourcesOnDisk(), StringComparer.Ordinal);
            foreach (string missing in project.CompileItems.Where(i => !onDisk.Contains(i)))
            {
                errors.Add(where + ": NF0103 Compile item '" + missing + "' does not exist on disk");
            }

            foreach (string stray in onDisk.Where(f => !listed.Contains(f)).OrderBy(f => f, StringComparer.Ordinal))
            {
                errors.Add(where + ": NF0104 '" + stray + "' is on disk but not in the Compile list (run the checker with --sync)");
            }
        }

        private static string Where(Location location, string baseDir)
        {
            if (location == null || !location.IsInSource)
            {
                return "(no location)";
            }

            FileLinePositionSpan span = location.GetLineSpan();
            return Rel(span.Path, baseDir) + ":" + (span.StartLinePosition.Line + 1);
        }

        private static string Rel(string path, string baseDir)
        {
            return string.IsNullOrEmpty(path) ? path : Path.GetRelativePath(baseDir, path);
        }
    }
}
