// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using OwnerTool.Core;
using Shared.Crypto.Protocol;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>
    /// The tool copies code tables from the firmware instead of referencing it; these tests parse the firmware
    /// sources so the copies cannot drift.
    /// </summary>
    public sealed class TableTests
    {
        private static readonly Regex ByteConstant = new Regex(@"public const byte (\w+) = 0x([0-9A-Fa-f]{2});");

        [Fact]
        public void EveryProtocolReasonCodeHasTextAndItsName()
        {
            foreach (ReasonCode code in Enum.GetValues<ReasonCode>())
            {
                Assert.True(ReasonText.IsKnown((byte)code), "no text for " + code);
                Assert.Equal(code.ToString(), ReasonText.NameOf((byte)code));
            }
        }

        [Theory]
        [InlineData("GarageOpener.Firmware/Controller/GarageReason.cs", 0x40, 0x5F)]
        [InlineData("Doorbell.Firmware/Controller/DoorbellReason.cs", 0x60, 0x7F)]
        public void EveryFirmwareReasonHasTextUnderItsOwnName(string file, int low, int high)
        {
            int checkedCodes = 0;
            foreach ((string name, byte code) in Constants(file))
            {
                if (code == 0)
                {
                    continue;
                }

                Assert.InRange(code, low, high);
                Assert.True(ReasonText.IsKnown(code), file + ": no text for " + name + " 0x" + code.ToString("X2"));
                Assert.Equal(name, ReasonText.NameOf(code));
                checkedCodes++;
            }

            Assert.True(checkedCodes > 3, "parsed too few codes from " + file);
        }

        [Fact]
        public void TheTableHasNoCodeTheSourcesDoNotDefine()
        {
            var defined = new HashSet<byte>();
            foreach (ReasonCode code in Enum.GetValues<ReasonCode>())
            {
                defined.Add((byte)code);
            }

            foreach (string file in new[] { "GarageOpener.Firmware/Controller/GarageReason.cs", "Doorbell.Firmware/Controller/DoorbellReason.cs" })
            {
                foreach ((string _, byte code) in Constants(file))
                {
                    defined.Add(code);
                }
            }

            foreach (byte code in ReasonText.Codes())
            {
                Assert.True(defined.Contains(code), "0x" + code.ToString("X2") + " is in the table but no source defines it");
            }
        }

        [Fact]
        public void RefusalsReadAsTextNameAndCode()
        {
            Assert.Equal("closed-limit sensor untrusted (ClosedLimitUntrusted, 0x44)", ReasonText.Describe(0x44));
        }

        [Fact]
        public void GarageActionCodesMatchTheFirmware()
        {
            var expected = new Dictionary<string, string>
            {
                ["Status"] = "status", ["Open"] = "open", ["Close"] = "close", ["Stop"] = "stop", ["Lock"] = "lock", ["Unlock"] = "unlock-remote",
                ["ObservedMove"] = "observed-move",
            };
            int matched = 0;
            foreach ((string name, byte code) in Constants("GarageOpener.Firmware/Runtime/GarageAction.cs"))
            {
                if (expected.TryGetValue(name, out string command))
                {
                    Assert.Equal(command, DeviceActions.NameOf(DeviceActions.Garage, code));
                    matched++;
                }
            }

            Assert.Equal(expected.Count, matched);
        }

        [Fact]
        public void DoorbellActionCodesMatchTheFirmware()
        {
            var expected = new Dictionary<string, string>
            {
                ["Status"] = "status", ["Mute"] = "mute", ["Unmute"] = "unmute", ["DoNotDisturb"] = "dnd", ["ChimeTest"] = "ring-test",
                ["Snapshot"] = "snapshot", ["UnlockStrike"] = "unlock", ["LockStrike"] = "lock",
            };
            int matched = 0;
            foreach ((string name, byte code) in Constants("Doorbell.Firmware/Runtime/DoorbellAction.cs"))
            {
                if (expected.TryGetValue(name, out string command))
                {
                    Assert.Equal(code, DeviceActions.Find(DeviceActions.Doorbell, command).Code);
                    matched++;
                }
            }

            Assert.Equal(expected.Count, matched);
        }

        private static IEnumerable<(string Name, byte Code)> Constants(string relative)
        {
            string text = File.ReadAllText(Path.Combine(RepoRoot(), relative));
            foreach (Match match in ByteConstant.Matches(text))
            {
                yield return (match.Groups[1].Value, Convert.ToByte(match.Groups[2].Value, 16));
            }
        }

        private static string RepoRoot()
        {
            string folder = AppContext.BaseDirectory;
            while (folder != null && !File.Exists(Path.Combine(folder, "nanoFramework.sln")))
            {
                folder = Path.GetDirectoryName(folder);
            }

            return folder ?? throw new InvalidOperationException("repository root not found");
        }
    }
}
