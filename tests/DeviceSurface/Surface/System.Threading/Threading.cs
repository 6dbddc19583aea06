// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.
//
// Reference surface (declarations only) of the nanoFramework package named by this folder.
#pragma warning disable CS0626, CS0660, CS0661, CS1591, CS0108, CS0067

namespace System.Threading
{
    public struct CancellationToken
    {
        public CancellationToken(bool canceled) { }
        public static CancellationToken None => throw null;
        public bool IsCancellationRequested => throw null;
        public bool CanBeCanceled => throw null;
        public WaitHandle WaitHandle => throw null;
        public void ThrowIfCancellationRequested() => throw null;
    }

    public class CancellationTokenSource : IDisposable
    {
        public CancellationTokenSource() { }
        public CancellationTokenSource(int millisecondsDelay) { }
        public CancellationTokenSource(TimeSpan delay) { }
        public bool IsCancellationRequested => throw null;
        public CancellationToken Token => throw null;
        public void Cancel() => throw null;
        public void CancelAfter(int millisecondsDelay) => throw null;
        public void CancelAfter(TimeSpan delay) => throw null;
        public void Dispose() => throw null;
    }
}
