// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.Linq;
using DeviceSurface.Checker;
using DeviceSurface.Tests.Parity;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DeviceSurface.Tests
{
    /// <summary>The parity check itself: deliberately wrong declarations give one precise line each.</summary>
    public class SurfaceParitySelfTests
    {
        private static IReadOnlyList<string> Problems(string code)
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(code, DeviceCompiler.ParseOptions);
            CSharpCompilation c = CSharpCompilation.Create("Wrong", new[] { tree },
                new[] { SurfaceParityTests.Surface.Reference("mscorlib") }, DeviceCompiler.Options(false));
            SurfaceParity parity = new SurfaceParity(SurfaceParityTests.Host, new Dictionary<string, string>());
            parity.CheckAssembly(c.Assembly);
            return parity.Problems;
        }

        [Fact]
        public void A_wrong_enum_value_in_the_emulation_namespace_is_reported()
        {
            IReadOnlyList<string> p = Problems("namespace System.Device.Gpio { public enum PinMode { Input = 9 } }");
            Assert.Equal(new[] { "F:System.Device.Gpio.PinMode.Input: value 9 on the device, 0 on the host [emulation]" }, p);
        }

        [Fact]
        public void A_wrong_return_type_and_a_missing_member_in_the_BCL_are_reported()
        {
            IReadOnlyList<string> p = Problems("namespace System { public static class Math { public static long Abs(int v) => throw null; public static int Frobnicate(int v) => throw null; } }");
            Assert.Contains("M:System.Math.Abs(System.Int32): returns System.Int64 on the device, System.Int32 on the host [BCL]", p);
            Assert.Contains("M:System.Math.Frobnicate(System.Int32): method missing (System.Int32) [BCL]", p);
            Assert.Equal(2, p.Count);
        }

        [Fact]
        public void A_used_mscorlib_member_the_BCL_lacks_is_reported()
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(
                "namespace Lib { public class A { public long T() { return System.DateTime.UtcNow.ToUnixTimeSeconds(); } } }",
                DeviceCompiler.ParseOptions);
            CSharpCompilation c = CSharpCompilation.Create("Lib", new[] { tree },
                new[] { SurfaceParityTests.Surface.Reference(SurfaceCatalog.CoreLibrary) }, DeviceCompiler.Options(false));
            Assert.Empty(c.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            SurfaceParity parity = new SurfaceParity(SurfaceParityTests.Host, new Dictionary<string, string>());
            foreach (ISymbol used in UsedCoreMembers.Collect(new[] { c }))
            {
                parity.CheckUsed(used);
            }

            Assert.Equal(new[] { "M:System.DateTime.ToUnixTimeSeconds: method missing () [BCL]" }, parity.Problems);
        }

        [Fact]
        public void A_ref_parameter_declared_as_out_and_a_wrong_kind_are_reported()
        {
            IReadOnlyList<string> p = Problems("namespace System { public class Guid { } public struct Int32 { public static bool TryParse(string s, ref int r) => throw null; } }");
            Assert.Contains("T:System.Guid: is a class on the device but a struct on the host [BCL]", p);
            Assert.Contains("M:System.Int32.TryParse(System.String,System.Int32@): parameter 'r' is out on the host, ref on the device [BCL]", p);
        }
    }
}
