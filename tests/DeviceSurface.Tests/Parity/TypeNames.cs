// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DeviceSurface.Tests.Parity
{
    /// <summary>One spelling of type names for both sides: reflection style, "Ns.Outer+Inner", "T[]", "T&amp;".</summary>
    internal static class TypeNames
    {
        public static string Of(ITypeSymbol t)
        {
            switch (t)
            {
                case IArrayTypeSymbol a:
                    return Of(a.ElementType) + "[" + new string(',', a.Rank - 1) + "]";
                case INamedTypeSymbol n when n.ContainingType != null:
                    return Of(n.ContainingType) + "+" + n.MetadataName;
                case INamedTypeSymbol n:
                    return n.ContainingNamespace == null || n.ContainingNamespace.IsGlobalNamespace
                        ? n.MetadataName
                        : n.ContainingNamespace.ToDisplayString() + "." + n.MetadataName;
                default:
                    return t.ToDisplayString();
            }
        }

        public static string Of(IParameterSymbol p)
        {
            return Of(p.Type) + (p.RefKind == RefKind.None ? string.Empty : "&");
        }

        public static string Of(Type t)
        {
            if (t.IsByRef || t.IsArray || t.IsPointer)
            {
                string suffix = t.IsByRef ? "&" : t.IsPointer ? "*" : "[" + new string(',', t.GetArrayRank() - 1) + "]";
                return Of(t.GetElementType()) + suffix;
            }

            if (t.IsGenericParameter)
            {
                return t.Name;
            }

            string name = t.IsNested ? Of(t.DeclaringType) + "+" + t.Name : (t.Namespace == null ? t.Name : t.Namespace + "." + t.Name);
            if (t.IsConstructedGenericType)
            {
                name += "<" + string.Join(",", t.GetGenericArguments().Select(Of)) + ">";
            }

            return name;
        }

        public static string Kind(ITypeSymbol t)
        {
            switch (t.TypeKind)
            {
                case TypeKind.Enum: return "enum";
                case TypeKind.Struct: return "struct";
                case TypeKind.Interface: return "interface";
                case TypeKind.Delegate: return "delegate";
                default: return "class";
            }
        }

        public static string Kind(Type t)
        {
            if (t.IsEnum)
            {
                return "enum";
            }

            if (t.IsValueType)
            {
                return "struct";
            }

            if (t.IsInterface)
            {
                return "interface";
            }

            return typeof(MulticastDelegate).IsAssignableFrom(t.BaseType) ? "delegate" : "class";
        }
    }
}
