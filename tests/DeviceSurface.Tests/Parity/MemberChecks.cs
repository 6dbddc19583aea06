// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace DeviceSurface.Tests.Parity
{
    /// <summary>
    /// Property, field and event comparisons. A property on one side may be a field on the other when every use
    /// the device allows still compiles (reading it; writing it only when the device can write it): device code
    /// cannot tell them apart.
    /// </summary>
    internal static class MemberChecks
    {
        private const BindingFlags All = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy;

        public static void Property(SurfaceParity parity, IPropertySymbol p, Type h, string side)
        {
            parity.Count();
            string type = TypeNames.Of(p.Type);
            string[] index = p.Parameters.Select(TypeNames.Of).ToArray();
            // C# code names an indexer by its parameters only ("this[int]"), so its metadata name (Item on the
            // device, Chars for .NET's StringBuilder) does not matter.
            PropertyInfo hp = Properties(h).FirstOrDefault(x => (p.IsIndexer ? x.GetIndexParameters().Length > 0 : x.Name == p.MetadataName)
                && MethodChecks.SameParameters(x.GetIndexParameters(), index));
            if (hp == null)
            {
                FieldInfo hf = index.Length == 0 ? h.GetField(p.Name, All) : null;
                if (hf == null)
                {
                    parity.Fail(p, side, (p.IsIndexer ? "indexer" : "property") + " missing");
                    return;
                }

                Compare(parity, p, side, type, TypeNames.Of(hf.FieldType), p.IsStatic, hf.IsStatic);
                if (p.SetMethod != null && (hf.IsInitOnly || hf.IsLiteral))
                {
                    parity.Fail(p, side, "settable on the device, a read-only field on the host");
                }

                return;
            }

            MethodInfo getter = hp.GetGetMethod();
            MethodInfo setter = hp.GetSetMethod();
            Compare(parity, p, side, type, TypeNames.Of(hp.PropertyType), p.IsStatic, (getter ?? setter).IsStatic);
            if (p.GetMethod != null && p.GetMethod.DeclaredAccessibility == Accessibility.Public && getter == null)
            {
                parity.Fail(p, side, "readable on the device, no public getter on the host");
            }

            if (p.SetMethod != null && p.SetMethod.DeclaredAccessibility == Accessibility.Public && setter == null)
            {
                parity.Fail(p, side, "settable on the device, no public setter on the host");
            }
        }

        public static void Field(SurfaceParity parity, IFieldSymbol f, Type h, string side)
        {
            parity.Count();
            string type = TypeNames.Of(f.Type);
            FieldInfo hf = h.GetField(f.Name, All);
            if (hf == null)
            {
                PropertyInfo hp = Properties(h).FirstOrDefault(x => x.Name == f.Name && x.GetIndexParameters().Length == 0);
                if (hp == null || hp.GetGetMethod() == null)
                {
                    parity.Fail(f, side, "field missing");
                    return;
                }

                Compare(parity, f, side, type, TypeNames.Of(hp.PropertyType), f.IsStatic, hp.GetGetMethod().IsStatic);
                if (!f.IsReadOnly && !f.IsConst && hp.GetSetMethod() == null)
                {
                    parity.Fail(f, side, "writable field on the device, read-only property on the host");
                }

                return;
            }

            Compare(parity, f, side, type, TypeNames.Of(hf.FieldType), f.IsStatic, hf.IsStatic);
            if (f.IsConst && hf.IsLiteral && !Equals(Convert.ToString(f.ConstantValue, System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToString(hf.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)))
            {
                parity.Fail(f, side, "constant " + f.ConstantValue + " on the device, " + hf.GetRawConstantValue() + " on the host");
            }
        }

        public static void Event(SurfaceParity parity, IEventSymbol e, Type h, string side)
        {
            parity.Count();
            EventInfo he = h.GetEvent(e.Name, All);
            if (he == null && h.IsInterface)
            {
                he = h.GetInterfaces().Select(i => i.GetEvent(e.Name)).FirstOrDefault(x => x != null);
            }

            if (he == null)
            {
                parity.Fail(e, side, "event missing");
                return;
            }

            Compare(parity, e, side, TypeNames.Of(e.Type), TypeNames.Of(he.EventHandlerType), e.IsStatic, he.GetAddMethod().IsStatic);
        }

        private static PropertyInfo[] Properties(Type h)
        {
            PropertyInfo[] own = h.GetProperties(All);
            return h.IsInterface ? own.Concat(h.GetInterfaces().SelectMany(i => i.GetProperties())).ToArray() : own;
        }

        private static void Compare(SurfaceParity parity, ISymbol s, string side, string want, string got, bool wantStatic, bool gotStatic)
        {
            if (want != got)
            {
                parity.Fail(s, side, "type " + want + " on the device, " + got + " on the host");
            }

            if (wantStatic != gotStatic)
            {
                parity.Fail(s, side, (wantStatic ? "static" : "instance") + " on the device, " + (gotStatic ? "static" : "instance") + " on the host");
            }
        }
    }
}
