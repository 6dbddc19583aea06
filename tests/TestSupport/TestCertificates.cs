// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TestSupport
{
    /// <summary>
    /// A throw-away certificate authority and a server certificate for 127.0.0.1 / localhost signed by it, written as
    /// PEM files into a folder, for a TLS test broker. A second, unrelated CA lets a test present the wrong one.
    /// </summary>
    public sealed class TestCertificates
    {
        private TestCertificates(string caFile, string otherCaFile, string serverCertificateFile, string serverKeyFile)
        {
            CaFile = caFile;
            OtherCaFile = otherCaFile;
            ServerCertificateFile = serverCertificateFile;
            ServerKeyFile = serverKeyFile;
        }

        /// <summary>Gets the CA certificate (PEM) that signed the server certificate.</summary>
        public string CaFile { get; }

        /// <summary>Gets a CA certificate (PEM) that signed nothing here.</summary>
        public string OtherCaFile { get; }

        /// <summary>Gets the server certificate (PEM).</summary>
        public string ServerCertificateFile { get; }

        /// <summary>Gets the server private key (PEM, PKCS#8).</summary>
        public string ServerKeyFile { get; }

        /// <summary>Creates the CA, the server certificate and the unrelated CA in <paramref name="folder"/>.</summary>
        /// <param name="folder">Where to write the PEM files.</param>
        /// <returns>The file names.</returns>
        public static TestCertificates Create(string folder)
        {
            Directory.CreateDirectory(folder);
            DateTimeOffset now = DateTimeOffset.UtcNow;
            using ECDsa caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using X509Certificate2 ca = SelfSignedCa("CN=okf test CA", caKey, now);
            using ECDsa otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using X509Certificate2 other = SelfSignedCa("CN=okf unrelated CA", otherKey, now);

            using ECDsa serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256);
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
            byte[] serial = new byte[8];
            RandomNumberGenerator.Fill(serial);
            serial[0] &= 0x7F;
            using X509Certificate2 server = request.Create(ca, now.AddMinutes(-5), now.AddDays(1), serial);

            string caFile = Path.Combine(folder, "ca.pem");
            string otherFile = Path.Combine(folder, "other-ca.pem");
            string certFile = Path.Combine(folder, "server.pem");
            string keyFile = Path.Combine(folder, "server.key");
            File.WriteAllText(caFile, ca.ExportCertificatePem());
            File.WriteAllText(otherFile, other.ExportCertificatePem());
            File.WriteAllText(certFile, server.ExportCertificatePem());
            File.WriteAllText(keyFile, serverKey.ExportPkcs8PrivateKeyPem());
            return new TestCertificates(caFile, otherFile, certFile, keyFile);
        }

        private static X509Certificate2 SelfSignedCa(string subject, ECDsa key, DateTimeOffset now)
        {
            var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
            return request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        }
    }
}
