// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using nanoFramework.HostEmulation.TestFramework;
using Xunit;

namespace DeviceSurface.Tests
{
    /// <summary>
    /// Runs every [TestMethod] of tests/NFUnitTest on .NET, one xunit case each, the way the nanoFramework
    /// runner does: a fresh instance, [Setup] methods first, [Cleanup] methods last, DataRow arguments applied.
    /// </summary>
    public class NanoFrameworkTestsOnHost
    {
        private static readonly Assembly Tests = typeof(NFUnitTest.TestBytes).Assembly;

        public static IEnumerable<object[]> TestMethods()
        {
            return TestClasses()
                .SelectMany(t => Marked(t, "TestMethodAttribute").Select(m => new object[] { t.Name + "." + m.Name }))
                .ToList();
        }

        [Theory]
        [MemberData(nameof(TestMethods))]
        public void NanoFramework_test_passes_on_the_host(string name)
        {
            string[] parts = name.Split('.');
            Type type = TestClasses().Single(t => t.Name == parts[0]);
            string failure = Run(type, type.GetMethod(parts[1]));
            Assert.True(failure == null, name + ": " + failure);
        }

        [Fact]
        public void The_nanoFramework_test_project_has_the_expected_test_classes()
        {
            string[] names = TestClasses().Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Equal(
                new[]
                {
                    "CipherVectorTests", "CryptoBackendSelectionTests", "DeviceVectorTests", "DoorbellCommandTests", "DoorbellRingTests",
                    "GarageMoveTests", "GarageSafetyTests", "GarageSettingsTests", "GuardLogicTests", "GuestPassTests", "HashAndMacVectorTests",
                    "PairingInviteLogicTests", "PowerCutTests", "ProtocolVectorTests", "RecordStoreTests", "ReplayWindowTests", "RuntimeLogicTests", "VerifierTests",
                },
                names);

            // Issue 9: the device-side suite (vectors, replay window, power cuts, passes, both controllers) has at least 150 tests.
            Assert.True(TestMethods().Count() >= 150, TestMethods().Count() + " test methods");
        }

        [Fact]
        public void A_failing_nanoFramework_assert_fails_the_run()
        {
            Assert.Contains("AreEqual", Run(typeof(Failing), typeof(Failing).GetMethod(nameof(Failing.Wrong))));
            Assert.Contains("element 1", Run(typeof(Failing), typeof(Failing).GetMethod(nameof(Failing.WrongArray))));
            Assert.Null(Run(typeof(Failing), typeof(Failing).GetMethod(nameof(Failing.ThrowsAsExpected))));
        }

        private static IEnumerable<Type> TestClasses()
        {
            return Tests.GetTypes().Where(t => t.Namespace == "NFUnitTest" && t.GetCustomAttributes().Any(a => a.GetType().Name == "TestClassAttribute"));
        }

        private static IEnumerable<MethodInfo> Marked(Type t, string attribute)
        {
            return t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m.GetCustomAttributes().Any(a => a.GetType().Name == attribute));
        }

        /// <summary>Runs one test method; returns null on success or the failure text.</summary>
        private static string Run(Type type, MethodInfo method)
        {
            object instance = Activator.CreateInstance(type);
            try
            {
                foreach (MethodInfo setup in Marked(type, "SetupAttribute"))
                {
                    setup.Invoke(instance, null);
                }

                nanoFramework.TestFramework.DataRowAttribute[] rows = method.GetCustomAttributes<nanoFramework.TestFramework.DataRowAttribute>().ToArray();
                if (rows.Length == 0)
                {
                    method.Invoke(instance, null);
                }

                foreach (nanoFramework.TestFramework.DataRowAttribute row in rows)
                {
                    method.Invoke(instance, row.MethodParameters);
                }

                foreach (MethodInfo cleanup in Marked(type, "CleanupAttribute"))
                {
                    cleanup.Invoke(instance, null);
                }

                return null;
            }
            catch (TargetInvocationException e) when (e.InnerException is TestFailedException f)
            {
                return f.Skipped ? null : f.Message;
            }
            catch (TargetInvocationException e)
            {
                return e.InnerException.GetType().Name + ": " + e.InnerException.Message;
            }
        }

        /// <summary>Deliberately failing nanoFramework-style tests: prove the runner reports failures.</summary>
        public class Failing
        {
            public void Wrong()
            {
                nanoFramework.TestFramework.Assert.AreEqual(1, 2);
            }

            public void WrongArray()
            {
                nanoFramework.TestFramework.CollectionAssert.AreEqual(new byte[] { 1, 2 }, new byte[] { 1, 3 });
            }

            public void ThrowsAsExpected()
            {
                nanoFramework.TestFramework.Assert.ThrowsException(typeof(ArgumentException), () => NFUnitTest.TestBytes.FromHex("zz"));
            }
        }
    }
}
