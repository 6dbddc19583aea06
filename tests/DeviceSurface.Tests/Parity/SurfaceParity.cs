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
    /// Compares every public type and member a surface assembly declares with the type the host build binds to.
    /// Each problem is one line: "&lt;documentation id&gt;: what differs [side]". Allow-listed ids are skipped.
    /// </summary>
    internal sealed class SurfaceParity
    {
        private const BindingFlags All = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy;
        private readonly HostTypes _host;
        private readonly IReadOnlyDictionary<string, string> _allowed;
        private readonly List<string> _problems = new List<string>();
        private readonly HashSet<string> _allowUsed = new HashSet<string>(StringComparer.Ordinal);

        public SurfaceParity(HostTypes host, IReadOnlyDictionary<string, string> allowed)
        {
            _host = host;
            _allowed = allowed;
        }

        public IReadOnlyList<string> Problems => _problems;

        public IReadOnlyCollection<string> AllowListEntriesUsed => _allowUsed;

        public int TypesChecked { get; private set; }

        public int MembersChecked { get; private set; }

        public void CheckAssembly(IAssemblySymbol assembly)
        {
            foreach (INamedTypeSymbol t in TopLevelTypes(assembly.GlobalNamespace))
            {
                CheckType(t);
            }
        }

        private static IEnumerable<INamedTypeSymbol> TopLevelTypes(INamespaceSymbol ns)
        {
            foreach (INamedTypeSymbol t in ns.GetTypeMembers().Where(x => x.DeclaredAccessibility == Accessibility.Public))
            {
                yield return t;
            }

            foreach (INamespaceSymbol sub in ns.GetNamespaceMembers())
            {
                foreach (INamedTypeSymbol t in TopLevelTypes(sub))
                {
                    yield return t;
                }
            }
        }

        private bool Allowed(ISymbol s)
        {
            string id = s.GetDocumentationCommentId();
            if (id != null && _allowed.ContainsKey(id))
            {
                _allowUsed.Add(id);
                return true;
            }

            return false;
        }

        private void Report(ISymbol s, string side, string what)
        {
            _problems.Add(s.GetDocumentationCommentId() + ": " + what + " [" + side + "]");
        }

        /// <summary>
        /// Checks one symbol that device code uses from an assembly that is not declared here (the real mscorlib):
        /// a type's shape, or one member against its host type.
        /// </summary>
        public void CheckUsed(ISymbol s)
        {
            if (Allowed(s))
            {
                return;
            }

            if (s is INamedTypeSymbol t)
            {
                TypesChecked++;
                HostTypeOf(t, out _);
                return;
            }

            string side;
            Type h = HostTypeOf(s.ContainingType, out side);
            if (h != null)
            {
                CheckMember(s, h, side);
            }
        }

        private void CheckType(INamedTypeSymbol t)
        {
            TypesChecked++;
            if (Allowed(t))
            {
                return;
            }

            string side;
            Type h = HostTypeOf(t, out side);
            if (h == null)
            {
                return;
            }

            if (t.TypeKind == TypeKind.Enum)
            {
                CheckEnum(t, h, side);
                return;
            }

            if (t.TypeKind == TypeKind.Delegate)
            {
                MethodChecks.Method(this, t.DelegateInvokeMethod, h, side);
                return;
            }

            foreach (ISymbol m in t.GetMembers().Where(x => x.DeclaredAccessibility == Accessibility.Public && !x.IsImplicitlyDeclared))
            {
                if (m is INamedTypeSymbol nested)
                {
                    CheckType(nested);
                }
                else if (!Allowed(m))
                {
                    CheckMember(m, h, side);
                }
            }
        }

        /// <summary>Finds the host type and checks kind, static-ness, base and interfaces; null when they differ in kind or it is missing.</summary>
        private Type HostTypeOf(INamedTypeSymbol t, out string side)
        {
            string ns = OutermostNamespace(t);
            side = _host.SideOf(ns);
            Type h = _host.Find(ns, TypeNames.Of(t));
            if (h == null)
            {
                Report(t, side, "type missing");
                return null;
            }

            if (TypeNames.Kind(t) != TypeNames.Kind(h))
            {
                Report(t, side, "is a " + TypeNames.Kind(t) + " on the device but a " + TypeNames.Kind(h) + " on the host");
                return null;
            }

            bool hostStatic = h.IsAbstract && h.IsSealed;
            if (t.TypeKind == TypeKind.Class && t.IsStatic != hostStatic)
            {
                Report(t, side, "static class on " + (t.IsStatic ? "the device" : "the host") + " only");
            }

            CheckBaseAndInterfaces(t, h, side);
            return h;
        }

        private static string OutermostNamespace(INamedTypeSymbol t)
        {
            while (t.ContainingType != null)
            {
                t = t.ContainingType;
            }

            return t.ContainingNamespace.IsGlobalNamespace ? string.Empty : t.ContainingNamespace.ToDisplayString();
        }

        private void CheckBaseAndInterfaces(INamedTypeSymbol t, Type h, string side)
        {
            INamedTypeSymbol b = t.BaseType;
            if (b != null && b.SpecialType == SpecialType.None && t.TypeKind == TypeKind.Class)
            {
                string want = TypeNames.Of(b);
                bool found = false;
                for (Type x = h.BaseType; x != null && !found; x = x.BaseType)
                {
                    found = TypeNames.Of(x) == want;
                }

                if (!found)
                {
                    Report(t, side, "does not derive from " + want + " on the host (base " + (h.BaseType == null ? "none" : TypeNames.Of(h.BaseType)) + ")");
                }
            }

            foreach (INamedTypeSymbol i in t.Interfaces)
            {
                string want = TypeNames.Of(i);
                if (!h.GetInterfaces().Any(x => TypeNames.Of(x) == want))
                {
                    Report(t, side, "does not implement " + want + " on the host");
                }
            }
        }

        private void CheckEnum(INamedTypeSymbol t, Type h, string side)
        {
            string under = TypeNames.Of(t.EnumUnderlyingType);
            string hostUnder = TypeNames.Of(Enum.GetUnderlyingType(h));
            if (under != hostUnder)
            {
                Report(t, side, "underlying type " + under + " on the device, " + hostUnder + " on the host");
            }

            foreach (IFieldSymbol f in t.GetMembers().OfType<IFieldSymbol>().Where(x => x.HasConstantValue))
            {
                MembersChecked++;
                if (Allowed(f))
                {
                    continue;
                }

                FieldInfo hf = h.GetField(f.Name, BindingFlags.Public | BindingFlags.Static);
                if (hf == null)
                {
                    Report(f, side, "enum member missing");
                    continue;
                }

                long want = Convert.ToInt64(f.ConstantValue);
                long got = Convert.ToInt64(hf.GetRawConstantValue());
                if (want != got)
                {
                    Report(f, side, "value " + want + " on the device, " + got + " on the host");
                }
            }
        }

        private void CheckMember(ISymbol m, Type h, string side)
        {
            switch (m)
            {
                case IMethodSymbol method when method.MethodKind == MethodKind.Ordinary
                    || method.MethodKind == MethodKind.Constructor
                    || method.MethodKind == MethodKind.UserDefinedOperator
                    || method.MethodKind == MethodKind.Conversion:
                    MethodChecks.Method(this, method, h, side);
                    break;
                case IPropertySymbol p:
                    MemberChecks.Property(this, p, h, side);
                    break;
                case IFieldSymbol f:
                    MemberChecks.Field(this, f, h, side);
                    break;
                case IEventSymbol e:
                    MemberChecks.Event(this, e, h, side);
                    break;
            }
        }

        /// <summary>Counts one member and reports a problem for it (used by <see cref="MemberChecks"/>).</summary>
        internal void Fail(ISymbol s, string side, string what)
        {
            Report(s, side, what);
        }

        internal void Count()
        {
            MembersChecked++;
        }
    }
}
