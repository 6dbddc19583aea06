// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

namespace System.Security.Cryptography.X509Certificates
{
    /// <summary>
    /// nanoFramework's X509Certificate shape (System.Net package): raw DER or PEM bytes. The host keeps the
    /// bytes only; the host MQTT client has no TLS, so nothing here parses a certificate.
    /// </summary>
    public class X509Certificate
    {
        private readonly byte[] _certificate;

        /// <summary>An empty certificate.</summary>
        public X509Certificate()
        {
        }

        /// <summary>A certificate from DER or PEM bytes.</summary>
        /// <param name="certificate">The encoded certificate.</param>
        public X509Certificate(byte[] certificate)
        {
            _certificate = certificate;
        }

        /// <summary>A certificate from PEM text; like the device, the bytes keep a terminating zero.</summary>
        /// <param name="certificate">The PEM text.</param>
        public X509Certificate(string certificate)
        {
            byte[] text = System.Text.Encoding.UTF8.GetBytes(certificate);
            _certificate = new byte[text.Length + 1];
            Array.Copy(text, _certificate, text.Length);
        }

        /// <summary>Issuer name (not parsed on the host: null).</summary>
        public virtual string Issuer => null;

        /// <summary>Subject name (not parsed on the host: null).</summary>
        public virtual string Subject => null;

        /// <summary>Effective date (not parsed on the host: MinValue).</summary>
        public virtual DateTime GetEffectiveDate() => DateTime.MinValue;

        /// <summary>Expiration date (not parsed on the host: MaxValue).</summary>
        public virtual DateTime GetExpirationDate() => DateTime.MaxValue;

        /// <summary>The bytes given to the constructor.</summary>
        public virtual byte[] GetRawCertData() => _certificate;
    }
}
