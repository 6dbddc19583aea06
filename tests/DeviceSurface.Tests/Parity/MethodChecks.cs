// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace DeviceSurface.Tests.Parity
{
    /// <summary>
    /// Method, constructor and operator comparisons: same parameter types, same return type, same static-ness,
    /// and out, optional and params parameters only where the host has them too.
    /// </summary>
    internal static class MethodChecks
    {
        private const BindingFlags All = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy;

        public static void Method(SurfaceParity parity, IMethodSymbol m, Type h, string side)
        {
            parity.Count();
            string[] want = m.Parameters.Select(TypeNames.Of).ToArray();
            MethodBase match;
            if (m.MethodKind == MethodKind.Constructor)
            {
                match = h.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
                    .FirstOrDefault(c => SameParameters(c.GetParameters(), want));
            }
            else
            {
                IEnumerable<MethodInfo> candidates = h.GetMethods(All).Where(x => x.Name == m.MetadataName && !x.IsGenericMethodDefinition);
                if (h.IsInterface)
                {
                    candidates = candidates.Concat(h.GetInterfaces().SelectMany(i => i.GetMethods()).Where(x => x.Name == m.MetadataName));
                }

                List<MethodInfo> same = candidates.Where(x => SameParameters(x.GetParameters(), want)).ToList();
                string ret = TypeNames.Of(m.ReturnType);
                match = same.FirstOrDefault(x => TypeNames.Of(x.ReturnType) == ret);
                if (match == null && same.Count > 0 && m.MethodKind != MethodKind.Conversion)
                {
                    parity.Fail(m, side, "returns " + ret + " on the device, " + TypeNames.Of(same[0].ReturnType) + " on the host");
                    return;
                }
            }

            if (match == null)
            {
                parity.Fail(m, side, (m.MethodKind == MethodKind.Constructor ? "constructor" : "method") + " missing (" + string.Join(", ", want) + ")");
                return;
            }

            if (m.IsStatic != match.IsStatic)
            {
                parity.Fail(m, side, (m.IsStatic ? "static" : "instance") + " on the device, " + (match.IsStatic ? "static" : "instance") + " on the host");
            }

            ParameterInfo[] hp = match.GetParameters();
            for (int i = 0; i < m.Parameters.Length; i++)
            {
                IParameterSymbol p = m.Parameters[i];
                if (p.RefKind == RefKind.Out != hp[i].IsOut)
                {
                    parity.Fail(m, side, "parameter '" + p.Name + "' is out on the " + (hp[i].IsOut ? "host, ref on the device" : "device, ref on the host"));
                }

                if (p.HasExplicitDefaultValue && !hp[i].IsOptional)
                {
                    parity.Fail(m, side, "parameter '" + p.Name + "' is optional on the device but required on the host");
                }

                if (p.IsParams && !hp[i].IsDefined(typeof(ParamArrayAttribute), false))
                {
                    parity.Fail(m, side, "parameter '" + p.Name + "' is params on the device only");
                }
            }
        }

        public static bool SameParameters(ParameterInfo[] hp, string[] want)
        {
            if (hp.Length != want.Length)
            {
                return false;
            }

            for (int i = 0; i < hp.Length; i++)
            {
                if (TypeNames.Of(hp[i].ParameterType) != want[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
