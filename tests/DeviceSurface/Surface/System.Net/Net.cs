// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.
//
// Reference surface (declarations only) of the nanoFramework package named by this folder.
#pragma warning disable CS0626, CS0660, CS0661, CS1591, CS0108, CS0067

namespace System.Security.Cryptography.X509Certificates
{
    public class X509Certificate
    {
        public X509Certificate() { }
        public X509Certificate(byte[] certificate) { }
        public X509Certificate(string certificate) { }
        public virtual string Issuer => throw null;
        public virtual string Subject => throw null;
        public virtual byte[] GetRawCertData() => throw null;
    }
}

namespace nanoFramework.Networking
{
    public enum NetworkHelperStatus
    {
        None = 0, Started = 1, NetworkIsReady = 2, FailedNoNetworkInterface = 3, TokenExpiredWaitingIPAddress = 4,
        TokenExpiredWaitingDateTime = 5, ErrorConnetingToWiFiWhileScanning = 6, ExceptionOccurred = 7, Reconnecting = 8,
    }
}
