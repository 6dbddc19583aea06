// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Reflection;

[assembly: AssemblyTitle("Shared.Crypto")]
[assembly: AssemblyDescription("Owner-keyed firmware for ESP32 on .NET nanoFramework")]
[assembly: AssemblyProduct("Shared.Crypto")]
[assembly: AssemblyCopyright("Copyright (c) 2026 Owner-keyed firmware contributors")]
[assembly: AssemblyVersion("0.1.0.0")]
