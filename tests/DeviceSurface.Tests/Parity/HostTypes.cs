// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace DeviceSurface.Tests.Parity
{
    /// <summary>
    /// Finds the host type that a host build of device code binds to for a full type name: a type whose namespace
    /// the host emulation provides comes from nanoFramework.HostEmulation (or, for the nanoFramework-shaped
    /// cryptography, from Shared.Crypto's .NET build), everything else from the .NET runtime's own assemblies (the
    /// shared framework folder, type forwards followed).
    /// </summary>
    internal sealed class HostTypes
    {
        private readonly Assembly[] _emulation;
        private readonly HashSet<string> _emulatedNamespaces;
        private readonly List<Assembly> _bcl = new List<Assembly>();

        /// <param name="emulation">Assemblies that provide nanoFramework namespaces; their own namespaces (named
        /// after the assembly: test controls, the protocol library) are not part of the emulated surface.</param>
        public HostTypes(params Assembly[] emulation)
        {
            _emulation = emulation;
            _emulatedNamespaces = new HashSet<string>(
                emulation.SelectMany(a => a.GetExportedTypes()
                    .Select(t => t.Namespace ?? string.Empty)
                    .Where(n => !n.StartsWith(a.GetName().Name, StringComparison.Ordinal))),
                StringComparer.Ordinal);
            string runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location);
            _bcl.Add(typeof(object).Assembly);
            foreach (string dll in Directory.GetFiles(runtimeDir, "*.dll").OrderBy(f => f, StringComparer.Ordinal))
            {
                try
                {
                    _bcl.Add(Assembly.Load(AssemblyName.GetAssemblyName(dll)));
                }
                catch (BadImageFormatException)
                {
                    // Native helper libraries in the framework folder are not assemblies.
                }
            }
        }

        /// <summary>Gets the namespaces the emulation provides (apart from its own test controls).</summary>
        public IReadOnlyCollection<string> EmulatedNamespaces => _emulatedNamespaces;

        /// <summary>Where a type of this namespace is looked up: "emulation" or "BCL".</summary>
        public string SideOf(string ns)
        {
            return _emulatedNamespaces.Contains(ns ?? string.Empty) ? "emulation" : "BCL";
        }

        /// <summary>Returns the host type for a reflection-style full name ("Ns.Outer+Inner"), or null.</summary>
        public Type Find(string ns, string fullName)
        {
            if (SideOf(ns) == "emulation")
            {
                return _emulation.Select(a => a.GetType(fullName, false)).FirstOrDefault(t => t != null);
            }

            foreach (Assembly a in _bcl)
            {
                Type t = a.GetType(fullName, false);
                if (t != null && t.IsPublic || t != null && t.IsNestedPublic)
                {
                    return t;
                }
            }

            return null;
        }
    }
}
