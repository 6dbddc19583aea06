// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.
//
// Reference surface of nanoFramework.CoreLibrary 1.17.11 (mscorlib): declarations only, no logic.
#pragma warning disable CS0626, CS0660, CS0661, CS1591, CS0108

namespace System.Threading
{
    public delegate void ThreadStart();
    public delegate void TimerCallback(object state);

    public enum ThreadPriority
    {
        Lowest = 0, BelowNormal = 1, Normal = 2, AboveNormal = 3, Highest = 4,
    }

    public static class Timeout
    {
        public const int Infinite = -1;
    }

    public sealed class Thread
    {
        public Thread(ThreadStart start) { }
        public static Thread CurrentThread => throw null;
        public bool IsAlive => throw null;
        public int ManagedThreadId => throw null;
        public ThreadPriority Priority { get => throw null; set => throw null; }
        public void Start() => throw null;
        public void Abort() => throw null;
        public void Join() => throw null;
        public bool Join(int millisecondsTimeout) => throw null;
        public bool Join(TimeSpan timeout) => throw null;
        public static void Sleep(int millisecondsTimeout) => throw null;
        public static void Sleep(TimeSpan timeout) => throw null;
    }

    public sealed class ThreadAbortException : SystemException
    {
        private ThreadAbortException() { }
    }

    public sealed class Timer : MarshalByRefObject, IDisposable
    {
        public Timer(TimerCallback callback, object state, int dueTime, int period) { }
        public Timer(TimerCallback callback, object state, TimeSpan dueTime, TimeSpan period) { }
        public bool Change(int dueTime, int period) => throw null;
        public bool Change(TimeSpan dueTime, TimeSpan period) => throw null;
        public void Dispose() => throw null;
    }

    public abstract class WaitHandle : MarshalByRefObject, IDisposable
    {
        public const int WaitTimeout = 258;
        protected WaitHandle() { }
        public virtual bool WaitOne() => throw null;
        public virtual bool WaitOne(int millisecondsTimeout, bool exitContext) => throw null;
        public static bool WaitAll(WaitHandle[] waitHandles) => throw null;
        public static bool WaitAll(WaitHandle[] waitHandles, int millisecondsTimeout, bool exitContext) => throw null;
        public static int WaitAny(WaitHandle[] waitHandles) => throw null;
        public static int WaitAny(WaitHandle[] waitHandles, int millisecondsTimeout, bool exitContext) => throw null;
        public void Dispose() => throw null;
    }

    public sealed class AutoResetEvent : WaitHandle
    {
        public AutoResetEvent(bool initialState) { }
        public bool Reset() => throw null;
        public bool Set() => throw null;
    }

    public sealed class ManualResetEvent : WaitHandle
    {
        public ManualResetEvent(bool initialState) { }
        public bool Reset() => throw null;
        public bool Set() => throw null;
    }

    public static class Monitor
    {
        public static void Enter(object obj) => throw null;
        public static void Exit(object obj) => throw null;
    }

    public static class Interlocked
    {
        public static int Increment(ref int location) => throw null;
        public static int Decrement(ref int location) => throw null;
        public static int Exchange(ref int location1, int value) => throw null;
        public static int CompareExchange(ref int location1, int value, int comparand) => throw null;
    }
}

namespace System
{
    public abstract class MarshalByRefObject
    {
        protected MarshalByRefObject() { }
    }
}
