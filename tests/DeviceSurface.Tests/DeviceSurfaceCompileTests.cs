// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Collections.Generic;
using System.IO;
using System.Linq;
using DeviceSurface.Checker;
using Xunit;

namespace DeviceSurface.Tests
{
    public class DeviceSurfaceCompileTests
    {
        private const string Header = "namespace Lib\n{\n";

        [Fact]
        public void Real_device_solution_compiles_against_the_nanoFramework_surface()
        {
            StringWriter report = new StringWriter();
            int failed = Program.Run(RepoPaths.Solution, report);
            Assert.True(failed == 0, report.ToString());
        }

        [Fact]
        public void A_plain_class_using_mscorlib_passes()
        {
            using ScratchSolution s = new ScratchSolution().WithSource("Ok.cs", Header
                + "public class Ok { public int Sum(byte[] b) { int s = 0; for (int i = 0; i < b.Length; i++) { s += b[i]; } return s; } }\n}\n");
            Assert.Empty(s.Check());
        }

        [Fact]
        public void Generic_list_is_not_in_nanoFramework_and_fails()
        {
            using ScratchSolution s = new ScratchSolution().WithSource("A.cs",
                "using System.Collections.Generic;\n" + Header + "public class A { public List<int> Items; }\n}\n");
            IReadOnlyList<string> errors = s.Check();
            Assert.Contains(errors, e => e.Contains("CS0234") || e.Contains("CS0246"));
        }

        [Fact]
        public void Convert_ToHexString_does_not_exist_on_the_device()
        {
            using ScratchSolution s = new ScratchSolution().WithSource("A.cs", Header
                + "public class A { public string H(byte[] b) { return System.Convert.ToHexString(b); } }\n}\n");
            Assert.Contains(s.Check(), e => e.Contains("CS0117"));
        }

        [Fact]
        public void Sha256_class_does_not_exist_in_the_nanoFramework_cryptography_package()
        {
            using ScratchSolution s = new ScratchSolution("nanoFramework.CoreLibrary,nanoFramework.System.Security.Cryptography")
                .WithSource("A.cs", Header
                + "public class A { public byte[] H(byte[] b) { return System.Security.Cryptography.SHA256.HashData(b); } }\n}\n");
            Assert.Contains(s.Check(), e => e.Contains("CS0234"));
        }

        [Fact]
        public void Hmac_from_the_cryptography_package_is_available_when_the_package_is_listed()
        {
            using ScratchSolution s = new ScratchSolution("nanoFramework.CoreLibrary,nanoFramework.System.Security.Cryptography")
                .WithSource("A.cs", Header
                + "public class A { public byte[] H(byte[] k, byte[] b) { return System.Security.Cryptography.HMACSHA256.HashData(k, b); } }\n}\n");
            Assert.Empty(s.Check());
        }

        [Fact]
        public void A_package_not_in_packages_config_cannot_be_used()
        {
            using ScratchSolution s = new ScratchSolution().WithSource("A.cs", Header
                + "public class A { public System.Device.Gpio.PinValue V; }\n}\n");
            Assert.Contains(s.Check(), e => e.Contains("CS0234"));
        }

        [Fact]
        public void Generic_class_declaration_fails_NF0001()
        {
            using ScratchSolution s = new ScratchSolution().WithSource("A.cs", Header + "public class Box<T> { }\n}\n");
            Assert.Contains(s.Check(), e => e.Contains("NF0001") && e.Contains("Box"));
        }

        [Fact]
        public void Generic_method_declaration_fails_NF0001()
        {
            using ScratchSolution s = new ScratchSolution().WithSource("A.cs", Header + "public class A { public void M<T>() { } }\n}\n");
            Assert.Contains(s.Check(), e => e.Contains("NF0001"));
        }

        [Fact]
        public void File_scoped_namespace_fails_because_it_is_newer_than_CSharp_9()
        {
            using ScratchSolution s = new ScratchSolution().WithSource("A.cs", "namespace Lib;\npublic class A { }\n");
            IReadOnlyList<string> errors = s.Check();
            Assert.Contains(errors, e => e.Contains("CS8773") || e.Contains("NF0004"));
        }

        [Fact]
        public void Foreach_over_a_string_fails_NF0002()
        {
            using ScratchSolution s = new ScratchSolution().WithSource("A.cs", Header
                + "public class A { public int N(string t) { int n = 0; foreach (char c in t) { n += c; } return n; } }\n}\n");
            Assert.Contains(s.Check(), e => e.Contains("NF0002"));
        }

        [Fact]
        public void ToString_on_an_enum_value_fails_NF0003()
        {
            using ScratchSolution s = new ScratchSolution().WithSource("A.cs", Header
                + "public enum Color { Red }\npublic class A { public string N(Color c) { return c.ToString(); } }\n}\n");
            Assert.Contains(s.Check(), e => e.Contains("NF0003"));
        }

        [Fact]
        public void Format_specifier_in_an_interpolation_fails_NF0005()
        {
            using ScratchSolution s = new ScratchSolution().WithSource("A.cs", Header
                + "public class A { public string N(int v) { return $\"{v:X2}\"; } }\n}\n");
            Assert.Contains(s.Check(), e => e.Contains("NF0005"));
        }

        [Fact]
        public void A_cs_file_on_disk_but_not_in_the_nfproj_fails_NF0104()
        {
            using ScratchSolution s = new ScratchSolution()
                .WithSource("Ok.cs", Header + "public class Ok { }\n}\n")
                .WithSource("Stray.cs", Header + "public class Stray { }\n}\n", listed: false);
            Assert.Contains(s.Check(), e => e.Contains("NF0104") && e.Contains("Stray.cs"));
        }

        [Fact]
        public void Sync_rewrites_the_compile_list_from_disk_sorted_with_backslashes()
        {
            using ScratchSolution s = new ScratchSolution()
                .WithSource("B.cs", Header + "public class B { }\n}\n", listed: false)
                .WithSource("A.cs", Header + "public class A { }\n}\n", listed: false);
            Assert.Contains(s.Check(), e => e.Contains("NF0104"));
            string nfproj = s.ProjectPath;
            NfProject project = NfProject.Load(nfproj);
            Assert.True(CompileListSync.Sync(project));
            Assert.Equal(new[] { "A.cs", "B.cs" }, NfProject.Load(nfproj).CompileItems.ToArray());
        }
    }
}
