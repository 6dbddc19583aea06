// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.IO;

namespace DeviceSurface.Checker
{
    /// <summary>
    /// Command line: <c>DeviceSurface.Checker [--sync] path/to/nanoFramework.sln</c>. Prints one line per
    /// project and exits 1 on any error; --sync rewrites the Compile lists first.
    /// </summary>
    public static class Program
    {
        /// <summary>Entry point.</summary>
        /// <param name="args">Arguments.</param>
        /// <returns>0 when every project passes.</returns>
        public static int Main(string[] args)
        {
            bool sync = false;
            string sln = null;
            foreach (string a in args)
            {
                if (a == "--sync" || a == "-sync")
                {
                    sync = true;
                }
                else
                {
                    sln = a;
                }
            }

            if (sln == null || !File.Exists(sln))
            {
                Console.Error.WriteLine("usage: DeviceSurface.Checker [--sync] <nanoFramework.sln>");
                return 2;
            }

            if (sync)
            {
                foreach (string p in SolutionFile.NfProjects(sln))
                {
                    NfProject project = NfProject.Load(p);
                    if (CompileListSync.Sync(project))
                    {
                        Console.WriteLine("synced " + project.AssemblyName + " (" + project.SourcesOnDisk().Count + " files)");
                    }
                }
            }

            int failed = Run(sln, Console.Out);
            return failed == 0 ? 0 : 1;
        }

        /// <summary>Runs the whole check and writes the report; returns how many projects (or the surface) failed.</summary>
        /// <param name="slnPath">The solution.</param>
        /// <param name="output">Where the report goes.</param>
        /// <returns>The number of failures.</returns>
        public static int Run(string slnPath, TextWriter output)
        {
            string root = Path.GetDirectoryName(Path.GetFullPath(slnPath));
            string surfaceDir = Path.Combine(root, "tests", "DeviceSurface", "Surface");
            List<string> surfaceErrors = new List<string>();
            SurfaceCatalog surface = SurfaceCatalog.Build(surfaceDir, surfaceErrors);
            int failed = 0;
            if (surfaceErrors.Count > 0)
            {
                failed++;
                output.WriteLine("FAIL reference surface (" + surfaceErrors.Count + " errors)");
                foreach (string e in surfaceErrors)
                {
                    output.WriteLine("  " + e);
                }
            }

            foreach (ProjectResult r in new DeviceCompiler(surface).CheckSolution(slnPath))
            {
                if (r.Ok)
                {
                    output.WriteLine("ok " + r.Name + " (" + r.FileCount + " files)");
                    continue;
                }

                failed++;
                output.WriteLine("FAIL " + r.Name + " (" + r.FileCount + " files, " + r.Errors.Count + " errors)");
                foreach (string e in r.Errors)
                {
                    output.WriteLine("  " + e);
                }
            }

            return failed;
        }
    }
}
