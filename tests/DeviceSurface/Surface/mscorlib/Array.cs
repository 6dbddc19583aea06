// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.
//
// Reference surface of nanoFramework.CoreLibrary 1.17.11 (mscorlib): declarations only, no logic.
#pragma warning disable CS0626, CS0660, CS0661, CS1591, CS0108

namespace System
{
    public abstract class Array : ICloneable, System.Collections.IList
    {
        public int Length => throw null;
        public static void Copy(Array sourceArray, Array destinationArray, int length) => throw null;
        public static void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length) => throw null;
        public static void Clear(Array array, int index, int length) => throw null;
        public static int IndexOf(Array array, object value) => throw null;
        public static int IndexOf(Array array, object value, int startIndex) => throw null;
        public static int IndexOf(Array array, object value, int startIndex, int count) => throw null;
        public static void Reverse(Array array) => throw null;
        public static void Reverse(Array array, int index, int length) => throw null;
        public object Clone() => throw null;
        public void CopyTo(Array array, int index) => throw null;
        public System.Collections.IEnumerator GetEnumerator() => throw null;
        int System.Collections.ICollection.Count => throw null;
        bool System.Collections.ICollection.IsSynchronized => throw null;
        object System.Collections.ICollection.SyncRoot => throw null;
        object System.Collections.IList.this[int index] { get => throw null; set => throw null; }
        int System.Collections.IList.Add(object value) => throw null;
        void System.Collections.IList.Clear() => throw null;
        bool System.Collections.IList.Contains(object value) => throw null;
        int System.Collections.IList.IndexOf(object value) => throw null;
        void System.Collections.IList.Insert(int index, object value) => throw null;
        void System.Collections.IList.Remove(object value) => throw null;
        void System.Collections.IList.RemoveAt(int index) => throw null;
        bool System.Collections.IList.IsReadOnly => throw null;
        bool System.Collections.IList.IsFixedSize => throw null;
    }
}
