// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Reflection;

[assembly: AssemblyTitle("GarageOpener.Firmware")]
[assembly: AssemblyDescription("Owner-keyed firmware for ESP32 on .NET nanoFramework")]
[assembly: AssemblyProduct("GarageOpener.Firmware")]
[assembly: AssemblyCopyright("Copyright (c) 2026 Owner-keyed firmware contributors")]
[assembly: AssemblyVersion("0.1.0.0")]
