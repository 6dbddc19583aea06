// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.
//
// Reference surface of nanoFramework.CoreLibrary 1.17.11 (mscorlib): declarations only, no logic.
// Only members that exist upstream (1.x) and that device code uses or plausibly will.
#pragma warning disable CS0626, CS0660, CS0661, CS1591, CS0108

namespace System
{
    public class Object
    {
        public Object() { }
        ~Object() { }
        public virtual bool Equals(object obj) => throw null;
        public static bool Equals(object objA, object objB) => throw null;
        public static bool ReferenceEquals(object objA, object objB) => throw null;
        public virtual int GetHashCode() => throw null;
        public Type GetType() => throw null;
        public virtual string ToString() => throw null;
        protected object MemberwiseClone() => throw null;
    }

    public abstract class ValueType
    {
        protected ValueType() { }
        public override bool Equals(object obj) => throw null;
        public override int GetHashCode() => throw null;
        public override string ToString() => throw null;
    }

    public abstract class Enum : ValueType
    {
        protected Enum() { }
        public bool HasFlag(Enum flag) => throw null;
    }

    public struct Void { }

    public abstract class Delegate
    {
        public object Target => throw null;
        public static Delegate Combine(Delegate a, Delegate b) => throw null;
        public static Delegate Remove(Delegate source, Delegate value) => throw null;
        public static bool operator ==(Delegate d1, Delegate d2) => throw null;
        public static bool operator !=(Delegate d1, Delegate d2) => throw null;
    }

    public abstract class MulticastDelegate : Delegate
    {
        public static bool operator ==(MulticastDelegate d1, MulticastDelegate d2) => throw null;
        public static bool operator !=(MulticastDelegate d1, MulticastDelegate d2) => throw null;
    }

    public abstract class Type
    {
        public abstract string FullName { get; }
        public abstract string Name { get; }
        public static Type GetTypeFromHandle(RuntimeTypeHandle handle) => throw null;
    }

    public struct RuntimeTypeHandle { }
    public struct RuntimeFieldHandle { }
    public struct RuntimeMethodHandle { }
    public struct RuntimeArgumentHandle { }
    public struct TypedReference { }

    public struct IntPtr
    {
        public static readonly IntPtr Zero;
    }

    public struct UIntPtr { }

    public interface IDisposable
    {
        void Dispose();
    }

    public interface IComparable
    {
        int CompareTo(object obj);
    }

    public interface ICloneable
    {
        object Clone();
    }

    public interface IFormatProvider
    {
        object GetFormat(Type formatType);
    }

    public class EventArgs
    {
        public static readonly EventArgs Empty;
        public EventArgs() { }
    }

    public delegate void EventHandler(object sender, EventArgs e);
    public delegate void Action();
    public delegate void AsyncCallback(IAsyncResult ar);

    public interface IAsyncResult
    {
        bool IsCompleted { get; }
    }

    public static class GC
    {
        public static void SuppressFinalize(object obj) => throw null;
        public static void ReRegisterForFinalize(object obj) => throw null;
        public static void WaitForPendingFinalizers() => throw null;
    }

    public static class Console
    {
        public static void Write(string value) => throw null;
        public static void WriteLine() => throw null;
        public static void WriteLine(string value) => throw null;
    }
}
