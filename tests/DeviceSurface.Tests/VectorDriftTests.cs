// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Xunit;

namespace DeviceSurface.Tests
{
    /// <summary>
    /// The nanoFramework tests carry docs/test-vectors.json and docs/device-vectors.json as constants (no file
    /// system or JSON on the device): these checks keep the constants and the files identical, name for name.
    /// </summary>
    public class VectorDriftTests
    {
        [Theory]
        [InlineData("test-vectors.json", typeof(NFUnitTest.ProtocolVectors))]
        [InlineData("device-vectors.json", typeof(NFUnitTest.DeviceVectors))]
        public void The_constants_in_NFUnitTest_equal_the_vector_file(string file, Type constants)
        {
            List<KeyValuePair<string, string>> json = Load(file);
            string[] table = (string[])constants.GetField("Table").GetValue(null);
            Assert.Equal(0, table.Length % 2);
            List<KeyValuePair<string, string>> carried = new List<KeyValuePair<string, string>>();
            for (int i = 0; i < table.Length; i += 2)
            {
                carried.Add(new KeyValuePair<string, string>(table[i], table[i + 1]));
            }

            // Same names, same order, same values: a vector added, removed or regenerated in the file fails here.
            Assert.Equal(json.Select(p => p.Key), carried.Select(p => p.Key));
            foreach (KeyValuePair<string, string> p in json)
            {
                Assert.True(p.Value == carried.Single(c => c.Key == p.Key).Value, file + ": " + p.Key + " differs in " + constants.Name);
            }
        }

        [Theory]
        [InlineData("test-vectors.json", typeof(NFUnitTest.ProtocolVectors))]
        [InlineData("device-vectors.json", typeof(NFUnitTest.DeviceVectors))]
        public void Every_constant_is_named_after_its_vector_and_holds_its_value(string file, Type constants)
        {
            List<KeyValuePair<string, string>> json = Load(file);
            FieldInfo[] fields = constants.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).ToArray();
            Assert.Equal(json.Count, fields.Length);
            foreach (KeyValuePair<string, string> p in json)
            {
                FieldInfo field = fields.SingleOrDefault(f => f.Name == ConstantName(p.Key));
                Assert.True(field != null, constants.Name + " lacks a constant for " + p.Key);
                Assert.Equal(p.Value, (string)field.GetRawConstantValue());
            }
        }

        [Fact]
        public void A_changed_vector_file_would_be_detected()
        {
            // The check above compares real data: prove a one-character edit to the carried value is seen.
            List<KeyValuePair<string, string>> json = Load("test-vectors.json");
            string id = json.Single(p => p.Key == "derived.device_id").Value;
            Assert.Equal(id, NFUnitTest.ProtocolVectors.DerivedDeviceId);
            Assert.NotEqual(id.Substring(0, id.Length - 1) + (id[^1] == '0' ? '1' : '0'), NFUnitTest.ProtocolVectors.DerivedDeviceId);
        }

        private static string ConstantName(string key)
        {
            StringBuilder sb = new StringBuilder();
            foreach (string part in key.Split('.', '_'))
            {
                sb.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
            }

            return sb.ToString();
        }

        private static List<KeyValuePair<string, string>> Load(string file)
        {
            string dir = AppContext.BaseDirectory;
            while (dir != null && !File.Exists(Path.Combine(dir, "CONTRIBUTING.md")))
            {
                dir = Path.GetDirectoryName(dir);
            }

            Assert.True(dir != null, "repository root not found above " + AppContext.BaseDirectory);
            List<KeyValuePair<string, string>> result = new List<KeyValuePair<string, string>>();
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "docs", file)));
            foreach (JsonProperty p in doc.RootElement.GetProperty("vectors").EnumerateObject())
            {
                result.Add(new KeyValuePair<string, string>(p.Name, p.Value.GetString()));
            }

            return result;
        }
    }
}
