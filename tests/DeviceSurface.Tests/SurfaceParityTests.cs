// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.Linq;
using DeviceSurface.Checker;
using DeviceSurface.Tests.Parity;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DeviceSurface.Tests
{
    /// <summary>
    /// Every public type and member the device surface declares, and every member of the real mscorlib the device
    /// code uses, must exist with the same shape where the host build of the same sources binds: the host
    /// emulation for emulated namespaces, the .NET BCL otherwise.
    /// </summary>
    public class SurfaceParityTests
    {
        private static readonly object Gate = new object();
        private static SurfaceCatalog _surface;
        private static HostTypes _host;

        public static IEnumerable<object[]> SurfaceAssemblies()
        {
            return SurfaceCatalog.Assemblies.Select(a => new object[] { a[0] });
        }

        [Theory]
        [MemberData(nameof(SurfaceAssemblies))]
        public void Every_declared_member_exists_with_the_same_shape_on_the_host(string assembly)
        {
            SurfaceParity parity = Check(assembly);
            Assert.True(parity.TypesChecked > 0, "no public types declared for " + assembly);
            Assert.True(parity.Problems.Count == 0, assembly + ": " + parity.Problems.Count + " differences\n" + string.Join("\n", parity.Problems));
        }

        [Fact]
        public void Every_mscorlib_member_the_device_code_uses_exists_with_the_same_shape_on_the_host()
        {
            SurfaceParity parity = CheckUsedCore(out int used);
            Assert.True(used > 40, "only " + used + " mscorlib types and members found in the device code");
            Assert.True(parity.Problems.Count == 0, "mscorlib: " + parity.Problems.Count + " differences\n" + string.Join("\n", parity.Problems));
        }

        [Fact]
        public void Every_allow_list_entry_is_still_needed()
        {
            HashSet<string> used = new HashSet<string>(CheckUsedCore(out _).AllowListEntriesUsed);
            foreach (string[] a in SurfaceCatalog.Assemblies)
            {
                used.UnionWith(Check(a[0]).AllowListEntriesUsed);
            }

            string[] stale = ParityAllowList.Entries.Keys.Where(k => !used.Contains(k)).ToArray();
            Assert.True(stale.Length == 0, "allow-list entries that match no surface member:\n" + string.Join("\n", stale));
        }

        internal static SurfaceParity Check(string assembly)
        {
            Init();
            SurfaceParity parity = new SurfaceParity(_host, ParityAllowList.Entries);
            parity.CheckAssembly(_surface.Compilations[assembly].Assembly);
            return parity;
        }

        private static SurfaceParity CheckUsedCore(out int used)
        {
            Init();
            IEnumerable<Microsoft.CodeAnalysis.CSharp.CSharpCompilation> device = new DeviceCompiler(_surface)
                .CheckSolution(RepoPaths.Solution)
                .Where(r => r.Compilation != null)
                .Select(r => r.Compilation);
            IReadOnlyList<ISymbol> symbols = UsedCoreMembers.Collect(device);
            SurfaceParity parity = new SurfaceParity(_host, ParityAllowList.Entries);
            foreach (ISymbol s in symbols)
            {
                parity.CheckUsed(s);
            }

            used = symbols.Count;
            return parity;
        }

        internal static HostTypes Host
        {
            get
            {
                Init();
                return _host;
            }
        }

        internal static SurfaceCatalog Surface
        {
            get
            {
                Init();
                return _surface;
            }
        }

        private static void Init()
        {
            lock (Gate)
            {
                if (_surface == null)
                {
                    List<string> errors = new List<string>();
                    _surface = SurfaceCatalog.Build(RepoPaths.SurfaceDir, errors);
                    Assert.True(errors.Count == 0, string.Join("\n", errors));
                    _host = new HostTypes(typeof(System.Device.Gpio.GpioController).Assembly, typeof(Shared.Crypto.Primitives.NativeCryptoBackend).Assembly);
                }
            }
        }
    }
}
