// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Doorbell.Firmware.Controller;
using Doorbell.Firmware.Runtime;
using GarageOpener.Firmware.Controller;
using GarageOpener.Firmware.Runtime;
using Runtime.Tests.Support;
using Shared.Crypto.Audit;
using Shared.Crypto.Protocol;
using Shared.Crypto.Storage;
using Xunit;

namespace Runtime.Tests
{
    /// <summary>
    /// Golden bytes of the device layer (docs/DEVICES.md): the real codecs must reproduce docs/device-vectors.json,
    /// and a second reading of the same bytes with only the documented offsets must agree, so neither the doc nor
    /// the code can drift alone. Regenerate after a deliberate layout change:
    /// <c>OKF_WRITE_DEVICE_VECTORS=1 dotnet test tests/Runtime.Tests --filter DeviceLayerVectorTests</c>.
    /// </summary>
    public sealed class DeviceLayerVectorTests
    {
        private static readonly Lazy<Dictionary<string, string>> Stored = new Lazy<Dictionary<string, string>>(Load);

        [Fact]
        public void EveryVectorIsReproducedByTheFirmwareCodecs()
        {
            List<KeyValuePair<string, string>> built = Build();
            Assert.Equal(built.Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal),
                Stored.Value.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach (KeyValuePair<string, string> p in built)
            {
                Assert.True(Stored.Value[p.Key] == p.Value, p.Key + ": code gives " + p.Value + ", file has " + Stored.Value[p.Key]);
            }
        }

        [Fact]
        public void GarageSnapshotVectorReadsBackWithTheDocumentedOffsets()
        {
            byte[] b = V("garage.snapshot.closing_guest");
            Assert.Equal(9, b.Length);
            Assert.Equal(4, b[0]);                        // state Closing
            Assert.Equal(0x08 | 0x02, b[1]);              // warning + locked
            Assert.Equal(0, b[2]);                        // no fault
            Assert.Equal(2, b[3]);                        // cause Guest
            Assert.Equal(0x01020304u, ReadU32(b, 4));     // pass id
            Assert.Equal(2, b[8]);                        // commanded Down

            byte[] fault = V("garage.snapshot.fault_arrival");
            Assert.Equal(6, fault[0]);
            Assert.Equal(0x51, fault[2]);                 // ArrivalTimeout
            Assert.Equal(4, fault[3]);                    // Manual
        }

        [Fact]
        public void GarageSettingsRequestIsClampedToTheDocumentedBounds()
        {
            byte[] request = V("garage.settings.request_out_of_range");
            GarageSettings decoded = GarageSettingsCodec.TryDecode(request, 0, request.Length);
            Assert.NotNull(decoded);
            GarageSettings effective = decoded.Clamped();
            Assert.Equal(GarageSettings.MaxPulseMs, effective.PulseMs);
            Assert.Equal(GarageSettings.MinGapFloorMs, effective.MinGapMs);
            Assert.Equal(GarageSettings.MinWarningMs, effective.WarningMs);
            Assert.Equal(GarageSettings.MaxDepartureMs, effective.DepartureTimeoutMs);
            Assert.Equal(GarageSettings.MinMarginMs, effective.TravelMarginMs);
            Assert.Equal(GarageSettings.MaxAutoCloseMinutes, effective.AutoCloseMinutes);
            Assert.Null(GarageSettingsCodec.TryDecode(request, 0, request.Length - 1));

            byte[] defaults = V("garage.settings.defaults");
            Assert.Equal(500, ReadU16(defaults, 0));
            Assert.Equal(5000, ReadU16(defaults, 4));     // the 5 s close warning
            Assert.Equal(0, defaults[11]);                // ToggleOnly
        }

        [Fact]
        public void DoorbellSnapshotAndRingEventReadBackWithTheDocumentedOffsets()
        {
            byte[] s = V("doorbell.snapshot.muted_unlocked");
            Assert.Equal(14, s.Length);
            Assert.Equal(0x01 | 0x02 | 0x08 | 0x10 | 0x20, s[0]);
            Assert.Equal(600, ReadU16(s, 1));             // mute seconds left
            Assert.Equal(4500, ReadU16(s, 3));            // strike ms left
            Assert.Equal(42u, ReadU32(s, 5));
            Assert.Equal(3, ReadU16(s, 9));
            Assert.Equal(1, s[11]);
            Assert.Equal(2, ReadU16(s, 12));

            byte[] ring = V("doorbell.event.ring.data");
            Assert.Equal(7, ring.Length);
            Assert.Equal(7u, ReadU32(ring, 0));
            Assert.Equal(1, ring[4]);
            Assert.Equal(5, ReadU16(ring, 5));
            Assert.Equal("01", Stored.Value["doorbell.event.ring.code"]);
        }

        [Fact]
        public void AuditChainHashesRecomputeWithDotNetSha256FromTheDocument()
        {
            byte[] page = V("audit.page.from_1");
            Assert.Equal(1, page[0]);
            int count = page[1];
            Assert.Equal(3, count);
            Assert.Equal(1u, ReadU32(page, 2));
            Assert.Equal(3u, ReadU32(page, 6));
            Assert.Equal(74 + (count * 24), page.Length);
            Assert.Equal(new byte[32], page.AsSpan(10, 32).ToArray()); // genesis: 32 zero bytes

            byte[] hash = new byte[32];
            for (int i = 0; i < count; i++)
            {
                byte[] link = page.AsSpan(74 + (i * 24), 24).ToArray().Concat(hash).ToArray();
                hash = System.Security.Cryptography.SHA256.HashData(link);
                Assert.Equal(V("audit.hash_after." + (i + 1)), hash);
            }

            Assert.Equal(hash, page.AsSpan(42, 32).ToArray());
            Assert.Equal(V("audit.entry.1"), page.AsSpan(74, 24).ToArray());

            AuditPage parsed = new AuditPage();
            Assert.True(AuditPage.TryParse(page, 0, page.Length, parsed));
            Assert.True(parsed.Verify());
            page[74 + 22] ^= 1; // a rewritten result code no longer reaches the head
            Assert.True(AuditPage.TryParse(page, 0, page.Length, parsed));
            Assert.False(parsed.Verify());
        }

        [Fact]
        public void BytesQuotedInDevicesMdMatchTheVectorFile()
        {
            string doc = File.ReadAllText(Path.Combine(Path.GetDirectoryName(VectorFile()), "DEVICES.md"));
            MatchCollection quotes = Regex.Matches(doc, @"`([a-z0-9._]+)`(?:\s*\([^)]*\))?\s*=\s*`([0-9a-f ]+)`");
            Assert.True(quotes.Count >= 12, "expected the doc to quote at least 12 vectors, found " + quotes.Count);
            foreach (Match q in quotes)
            {
                string name = q.Groups[1].Value;
                Assert.True(Stored.Value.ContainsKey(name), "DEVICES.md quotes an unknown vector " + name);
                Assert.Equal(Stored.Value[name], q.Groups[2].Value.Replace(" ", string.Empty));
            }
        }

        /// <summary>Every device-layer vector, computed by the firmware code from fixed inputs.</summary>
        /// <returns>Names and lowercase hex, in file order.</returns>
        private static List<KeyValuePair<string, string>> Build()
        {
            List<KeyValuePair<string, string>> v = new List<KeyValuePair<string, string>>();

            GarageSnapshot closed = new GarageSnapshot { State = DoorState.Closed, LastCause = ActorKind.Owner, LastCauseId = 1 };
            Add(v, "garage.snapshot.closed_owner", Garage(closed));
            GarageSnapshot closing = new GarageSnapshot
            {
                State = DoorState.Closing, Locked = true, WarningActive = true, LastCause = ActorKind.Guest,
                LastCauseId = 0x01020304, Commanded = MotionDirection.Down,
            };
            Add(v, "garage.snapshot.closing_guest", Garage(closing));
            GarageSnapshot fault = new GarageSnapshot
            {
                State = DoorState.Fault, Obstructed = true, UnattendedCloseSuspended = true,
                FaultReason = GarageReason.ArrivalTimeout, LastCause = ActorKind.Manual, Commanded = MotionDirection.None,
            };
            Add(v, "garage.snapshot.fault_arrival", Garage(fault));

            Add(v, "garage.settings.defaults", GarageSettingsBytes(new GarageSettings()));
            GarageSettings custom = new GarageSettings
            {
                PulseMs = 750, MinGapMs = 2000, WarningMs = 10000, DepartureTimeoutMs = 5000, TravelMarginMs = 8000,
                AutoCloseMinutes = 15, Opener = OpenerKind.SeparateButtons,
            };
            Add(v, "garage.settings.custom", GarageSettingsBytes(custom));
            GarageSettings wild = new GarageSettings
            {
                PulseMs = 5000, MinGapMs = 100, WarningMs = 1000, DepartureTimeoutMs = 60000, TravelMarginMs = 0,
                AutoCloseMinutes = 255, Opener = OpenerKind.ToggleOnly,
            };
            byte[] wildBytes = GarageSettingsBytes(wild);
            Add(v, "garage.settings.request_out_of_range", wildBytes);
            Add(v, "garage.settings.request_out_of_range.effective",
                GarageSettingsBytes(GarageSettingsCodec.TryDecode(wildBytes, 0, wildBytes.Length).Clamped()));

            DoorbellSnapshot idle = new DoorbellSnapshot { Online = true, ChimeEnabled = true, MotionFitted = true };
            Add(v, "doorbell.snapshot.idle", Doorbell(idle));
            DoorbellSnapshot busy = new DoorbellSnapshot
            {
                Online = true, Muted = true, MuteRemainingMs = 600400, ChimeEnabled = true, StrikeFitted = true,
                StrikeUnlocked = true, StrikeRemainingMs = 4500, LastSequence = 42, SuppressedPresses = 3, QueuedEvents = 1,
                DroppedEvents = 2,
            };
            Add(v, "doorbell.snapshot.muted_unlocked", Doorbell(busy));

            byte code;
            byte[] ring = RingEventData(out code);
            Add(v, "doorbell.event.ring.code", new[] { code });
            Add(v, "doorbell.event.ring.data", ring);

            AddAudit(v);
            return v;
        }

        private static void AddAudit(List<KeyValuePair<string, string>> v)
        {
            AuditChain chain = new AuditChain(new RecordStore(new MemoryStorageMedium()), "audit");
            chain.Append(1000, 1800000000, ActorKind.LocalButton, 1, 0x00, 0x00, 1);
            chain.Append(65000, 1800000064, ActorKind.Owner, 1, GarageAction.Open, GarageReason.Done, 2);
            chain.Append(90000, 1800000089, ActorKind.Manual, 0, GarageAction.ObservedMove, 0x00, 3);
            AuditEntry entry = new AuditEntry();
            byte[] one = new byte[AuditEntry.EncodedSize];
            Assert.True(chain.TryGetEntry(1, entry));
            entry.Encode(one, 0);
            Add(v, "audit.entry.1", one);

            byte[] page = new byte[AuditPage.MaxEncodedSize];
            int n = chain.EncodePage(1, 4, page, 0);
            Add(v, "audit.page.from_1", page.AsSpan(0, n).ToArray());
            AuditPage parsed = new AuditPage();
            Assert.True(AuditPage.TryParse(page, 0, n, parsed));
            for (int i = 1; i <= 3; i++)
            {
                byte[] hash = new byte[32];
                Assert.True(parsed.TryGetHashAfter(i, hash));
                Add(v, "audit.hash_after." + i, hash);
            }

            int m = chain.EncodePage(3, 4, page, 0);
            Add(v, "audit.page.from_3", page.AsSpan(0, m).ToArray());
        }

        private static byte[] RingEventData(out byte code)
        {
            RuntimeHarness h = new RuntimeHarness();
            h.Transport.Connect();
            h.Service();
            OwnerSession owner = h.Pair(RuntimeHarness.Fill(32, 0x11));
            DoorbellRuntimeBridge bridge = new DoorbellRuntimeBridge();
            bridge.Attach(h.Runtime);
            int before = h.Transport.Published.Count;
            RingEvent ring = new RingEvent { Sequence = 7, Kind = DoorbellEventKind.Ring, ChimeSounded = true, SuppressedPresses = 5 };
            Assert.True(bridge.Deliver(ring));
            h.Service();
            MemoryTransport.Sent sent = h.Transport.Published.Skip(before)
                .Single(p => p.Topic == ProtocolTopics.OwnerOutbound(h.Runtime.DeviceId, owner.KeyId));
            DeviceMessage header = new DeviceMessage();
            byte[] data;
            byte[] plain = RuntimeHarness.Open(owner, sent.Payload, header, out data);
            Assert.Equal(MessageType.Event, header.Type);
            code = plain[0];
            return data;
        }

        private static byte[] Garage(GarageSnapshot s)
        {
            byte[] b = new byte[GarageSnapshotCodec.Size];
            Assert.Equal(b.Length, GarageSnapshotCodec.Encode(s, b, 0));
            return b;
        }

        private static byte[] GarageSettingsBytes(GarageSettings s)
        {
            byte[] b = new byte[GarageSettingsCodec.Size];
            Assert.Equal(b.Length, GarageSettingsCodec.Encode(s, b, 0));
            return b;
        }

        private static byte[] Doorbell(DoorbellSnapshot s)
        {
            byte[] b = new byte[DoorbellSnapshotCodec.Size];
            Assert.Equal(b.Length, DoorbellSnapshotCodec.Encode(s, b, 0));
            return b;
        }

        private static void Add(List<KeyValuePair<string, string>> v, string name, byte[] bytes)
        {
            v.Add(new KeyValuePair<string, string>(name, Convert.ToHexString(bytes).ToLowerInvariant()));
        }

        private static int ReadU16(byte[] b, int offset)
        {
            return (b[offset] << 8) | b[offset + 1];
        }

        private static uint ReadU32(byte[] b, int offset)
        {
            return ((uint)b[offset] << 24) | ((uint)b[offset + 1] << 16) | ((uint)b[offset + 2] << 8) | b[offset + 3];
        }

        private static byte[] V(string name)
        {
            return Convert.FromHexString(Stored.Value[name]);
        }

        private static string VectorFile()
        {
            string dir = AppContext.BaseDirectory;
            while (dir != null && !File.Exists(Path.Combine(dir, "CONTRIBUTING.md")))
            {
                dir = Path.GetDirectoryName(dir);
            }

            return Path.Combine(dir ?? AppContext.BaseDirectory, "docs", "device-vectors.json");
        }

        private static Dictionary<string, string> Load()
        {
            string path = VectorFile();
            if (Environment.GetEnvironmentVariable("OKF_WRITE_DEVICE_VECTORS") == "1")
            {
                File.WriteAllText(path, ToJson(Build()));
            }

            Dictionary<string, string> result = new Dictionary<string, string>();
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
            foreach (JsonProperty p in doc.RootElement.GetProperty("vectors").EnumerateObject())
            {
                result[p.Name] = p.Value.GetString();
            }

            return result;
        }

        private static string ToJson(List<KeyValuePair<string, string>> vectors)
        {
            StringBuilder sb = new StringBuilder();
            sb.Append("{\n  \"about\": \"okf/v1 device-layer vectors (docs/DEVICES.md). Bytes are lowercase hex. Generated and checked by ")
                .Append("tests/Runtime.Tests/DeviceLayerVectorTests.cs from the firmware codecs.\",\n  \"vectors\": {\n");
            for (int i = 0; i < vectors.Count; i++)
            {
                sb.Append("    \"").Append(vectors[i].Key).Append("\": \"").Append(vectors[i].Value).Append('"')
                    .Append(i + 1 < vectors.Count ? ",\n" : "\n");
            }

            sb.Append("  }\n}\n");
            return sb.ToString();
        }
    }
}
