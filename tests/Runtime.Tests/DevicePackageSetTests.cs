// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Runtime.Tests.Support;
using Xunit;

namespace Runtime.Tests
{
    /// <summary>
    /// The device solution restores one consistent set of nanoFramework packages: every packages.config agrees on
    /// each package's version, each package's own dependencies are met, and every .nfproj reference points into a
    /// package its packages.config lists, with the assembly version that package stamps. A mismatch here is what
    /// makes the real build fail with CS1705 or an unresolved reference, which our machines cannot run.
    /// </summary>
    public sealed class DevicePackageSetTests
    {
        // Minimum versions each package's nuspec pins, for the versions in the set (read from the upstream
        // nuspec files; see README "Building and flashing"). A package not listed here pins CoreLibrary only.
        private static readonly Dictionary<string, (string Id, string Min)[]> NuspecDependencies = new Dictionary<string, (string, string)[]>
        {
            ["nanoFramework.M2Mqtt"] = new[]
            {
                ("nanoFramework.CoreLibrary", "1.17.11"), ("nanoFramework.Runtime.Events", "1.11.37"),
                ("nanoFramework.Runtime.Native", "1.7.11"), ("nanoFramework.System.Collections", "1.5.75"),
                ("nanoFramework.System.Net", "1.11.60"),
            },
            ["nanoFramework.System.Net"] = new[]
            {
                ("nanoFramework.CoreLibrary", "1.17.11"), ("nanoFramework.Runtime.Events", "1.11.37"),
                ("nanoFramework.System.Text", "1.3.42"), ("nanoFramework.System.Threading", "1.1.52"),
                ("nanoFramework.System.IO.Streams", "1.1.96"),
            },
            ["nanoFramework.System.Device.Wifi"] = new[]
            {
                ("nanoFramework.CoreLibrary", "1.17.11"), ("nanoFramework.Runtime.Events", "1.11.37"),
                ("nanoFramework.System.Net", "1.11.54"),
            },
            ["nanoFramework.System.IO.FileSystem"] = new[]
            {
                ("nanoFramework.CoreLibrary", "1.17.11"), ("nanoFramework.Runtime.Events", "1.11.37"),
                ("nanoFramework.System.IO.Streams", "1.1.96"), ("nanoFramework.System.Text", "1.3.42"),
            },
            ["nanoFramework.System.Device.Gpio"] = new[]
            {
                ("nanoFramework.CoreLibrary", "1.17.11"), ("nanoFramework.Runtime.Events", "1.11.37"),
            },
        };

        // Assemblies whose stamped version is not "<package version>.0" (the package's build sets a revision).
        // With a version and a public key token in the Include, MSBuild wants this exact version.
        private static readonly Dictionary<string, string> StampedRevisions = new Dictionary<string, string>
        {
            ["System.Threading"] = "34401",
        };

        public static IEnumerable<object[]> Projects => SolutionProjects().Select(p => new object[] { p });

        [Fact]
        public void EverySolutionProjectHasAPackagesConfig()
        {
            List<string> projects = SolutionProjects().ToList();

            Assert.Contains("Shared.Runtime/Shared.Runtime.nfproj", projects);
            Assert.Contains("tests/NFUnitTest/NFUnitTest.nfproj", projects);
            Assert.All(projects, p => Assert.True(File.Exists(PackagesConfigOf(p)), p + " has no packages.config"));
        }

        [Fact]
        public void EveryPackageHasOneVersionAcrossTheSolution()
        {
            var versions = SolutionProjects()
                .SelectMany(p => ReadPackages(PackagesConfigOf(p)).Select(kv => (Project: p, Id: kv.Key, Version: kv.Value)))
                .GroupBy(e => e.Id)
                .Where(g => g.Select(e => e.Version).Distinct().Count() > 1)
                .Select(g => g.Key + ": " + string.Join(", ", g.Select(e => e.Project + "=" + e.Version)))
                .ToList();

            Assert.True(versions.Count == 0, "packages with differing versions:\n" + string.Join("\n", versions));
        }

        [Theory]
        [MemberData(nameof(Projects))]
        public void EachPackagesDependenciesAreListedWithAtLeastThePinnedVersion(string project)
        {
            List<string> problems = DependencyProblems(ReadPackages(PackagesConfigOf(project)));

            Assert.True(problems.Count == 0, project + ":\n" + string.Join("\n", problems));
        }

        [Fact]
        public void TheDependencyCheckRefusesTheOldSystemNetNextToThisM2Mqtt()
        {
            Dictionary<string, string> old = new Dictionary<string, string>
            {
                ["nanoFramework.CoreLibrary"] = "1.17.11", ["nanoFramework.M2Mqtt"] = "5.1.220",
                ["nanoFramework.Runtime.Events"] = "1.11.37", ["nanoFramework.Runtime.Native"] = "1.7.8",
                ["nanoFramework.System.Collections"] = "1.5.75", ["nanoFramework.System.Net"] = "1.11.54",
                ["nanoFramework.System.Text"] = "1.3.42", ["nanoFramework.System.Threading"] = "1.1.52",
                ["nanoFramework.System.IO.Streams"] = "1.1.96",
            };

            List<string> problems = DependencyProblems(old);

            Assert.Equal(2, problems.Count);
            Assert.Contains(problems, p => p.Contains("nanoFramework.System.Net >= 1.11.60, has 1.11.54"));
            Assert.Contains(problems, p => p.Contains("nanoFramework.Runtime.Native >= 1.7.11, has 1.7.8"));
        }

        private static List<string> DependencyProblems(Dictionary<string, string> packages)
        {
            List<string> problems = new List<string>();
            foreach (KeyValuePair<string, string> package in packages)
            {
                if (!NuspecDependencies.TryGetValue(package.Key, out (string Id, string Min)[] dependencies))
                {
                    continue;
                }

                foreach ((string id, string min) in dependencies)
                {
                    if (!packages.TryGetValue(id, out string have) || Version.Parse(have) < Version.Parse(min))
                    {
                        problems.Add(package.Key + " needs " + id + " >= " + min + ", has " + (have ?? "none"));
                    }
                }
            }

            return problems;
        }

        [Theory]
        [MemberData(nameof(Projects))]
        public void EachReferenceResolvesIntoAListedPackageWithTheStampedAssemblyVersion(string project)
        {
            List<string> problems = ReferenceProblems(XDocument.Load(RepoRoot.File(project)), ReadPackages(PackagesConfigOf(project)));

            Assert.True(problems.Count == 0, project + ":\n" + string.Join("\n", problems));
        }

        [Fact]
        public void TheReferenceCheckRefusesTheOldSystemThreadingVersionAndAStaleHintPath()
        {
            XDocument old = XDocument.Parse(
                "<Project><ItemGroup>"
                + "<Reference Include=\"System.Threading, Version=1.1.52.0, Culture=neutral, PublicKeyToken=c07d481e9758c731\">"
                + "<HintPath>..\\packages\\nanoFramework.System.Threading.1.1.52\\lib\\System.Threading.dll</HintPath></Reference>"
                + "<Reference Include=\"System.Net, Version=1.11.60.0, Culture=neutral, PublicKeyToken=c07d481e9758c731\">"
                + "<HintPath>..\\packages\\nanoFramework.System.Net.1.11.54\\lib\\System.Net.dll</HintPath></Reference>"
                + "</ItemGroup></Project>");
            Dictionary<string, string> packages = new Dictionary<string, string>
            {
                ["nanoFramework.System.Threading"] = "1.1.52", ["nanoFramework.System.Net"] = "1.11.60",
            };

            List<string> problems = ReferenceProblems(old, packages);

            Assert.Equal(2, problems.Count);
            Assert.Contains(problems, p => p.Contains("Version=1.1.52.0 but package nanoFramework.System.Threading 1.1.52 stamps 1.1.52.34401"));
            Assert.Contains(problems, p => p.Contains("HintPath names nanoFramework.System.Net 1.11.54, packages.config has 1.11.60"));
        }

        private static List<string> ReferenceProblems(XDocument doc, Dictionary<string, string> packages)
        {
            List<string> problems = new List<string>();
            HashSet<string> used = new HashSet<string>();
            List<XElement> references = doc.Descendants().Where(e => e.Name.LocalName == "Reference").ToList();
            foreach (XElement reference in references)
            {
                string include = (string)reference.Attribute("Include");
                string hint = reference.Elements().FirstOrDefault(e => e.Name.LocalName == "HintPath")?.Value;
                Match folder = hint == null ? Match.Empty : Regex.Match(hint, @"packages\\(?<id>[A-Za-z0-9.]+?)\.(?<v>\d+\.\d+\.\d+)\\lib\\");
                if (!folder.Success)
                {
                    problems.Add(include + ": HintPath '" + hint + "' is not packages\\<id>.<version>\\lib\\...");
                    continue;
                }

                string id = folder.Groups["id"].Value;
                string version = folder.Groups["v"].Value;
                used.Add(id);
                if (!packages.TryGetValue(id, out string listed) || listed != version)
                {
                    problems.Add(include + ": HintPath names " + id + " " + version + ", packages.config has " + (listed ?? "none"));
                    continue;
                }

                string[] parts = include.Split(',').Select(s => s.Trim()).ToArray();
                string assembly = parts[0];
                string stated = parts.Where(s => s.StartsWith("Version=", StringComparison.Ordinal)).Select(s => s.Substring(8)).FirstOrDefault();
                if (stated == null || assembly == "nanoFramework.UnitTestLauncher")
                {
                    // No version: MSBuild takes whatever the HintPath holds. The launcher is an exe stamped 0.0.0.0.
                    continue;
                }

                string expected = version + "." + (StampedRevisions.TryGetValue(assembly, out string revision) ? revision : "0");
                if (stated != expected)
                {
                    problems.Add(assembly + ": Version=" + stated + " but package " + id + " " + version + " stamps " + expected);
                }
            }

            foreach (string id in packages.Keys.Where(id => !used.Contains(id)))
            {
                problems.Add(id + " is listed in packages.config but no reference uses it");
            }

            return problems;
        }

        private static IEnumerable<string> SolutionProjects()
        {
            string sln = File.ReadAllText(RepoRoot.File("nanoFramework.sln"));
            foreach (Match m in Regex.Matches(sln, "\"([^\"]+\\.nfproj)\""))
            {
                yield return m.Groups[1].Value.Replace('\\', '/');
            }
        }

        private static string PackagesConfigOf(string project)
        {
            return Path.Combine(Path.GetDirectoryName(RepoRoot.File(project)), "packages.config");
        }

        private static Dictionary<string, string> ReadPackages(string path)
        {
            return XDocument.Load(path).Root.Elements("package")
                .ToDictionary(e => (string)e.Attribute("id"), e => (string)e.Attribute("version"));
        }
    }
}
