// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OwnerTool.Core
{
    /// <summary>
    /// Checks the broker's TLS certificate: against the system store, or, with --ca, against the CA certificate(s) of
    /// a PEM file only (a home broker's own CA need not be installed system-wide). The host name must always match.
    /// The reason of a refusal is kept, because the TLS stack itself reports only "authentication failed".
    /// </summary>
    public sealed class BrokerTls
    {
        private readonly X509Certificate2Collection _ca;

        private BrokerTls(X509Certificate2Collection ca)
        {
            _ca = ca;
        }

        /// <summary>Gets why the last certificate was refused, or null.</summary>
        public string Failure { get; private set; }

        /// <summary>Creates the check for the settings (loads the CA file).</summary>
        /// <param name="caFile">PEM file with one or more CA certificates, or null for the system store.</param>
        /// <returns>The check.</returns>
        /// <exception cref="OwnerToolException">Usage, when the CA file is missing or holds no certificate.</exception>
        public static BrokerTls Create(string caFile)
        {
            if (caFile == null)
            {
                return new BrokerTls(null);
            }

            var ca = new X509Certificate2Collection();
            try
            {
                ca.ImportFromPemFile(caFile);
            }
            catch (Exception e) when (e is System.IO.IOException || e is CryptographicException || e is UnauthorizedAccessException)
            {
                throw new OwnerToolException(ExitCode.Usage, "cannot read the CA file " + caFile + " (" + e.Message + ").");
            }

            if (ca.Count == 0)
            {
                throw new OwnerToolException(ExitCode.Usage, "the CA file " + caFile + " holds no PEM certificate.");
            }

            return new BrokerTls(ca);
        }

        /// <summary>Decides whether to trust the broker's certificate.</summary>
        /// <param name="certificate">The broker's certificate.</param>
        /// <param name="errors">What the TLS stack found (chain checked against the system store).</param>
        /// <returns>True to go on.</returns>
        public bool Validate(X509Certificate certificate, SslPolicyErrors errors)
        {
            Failure = null;
            if (certificate == null || (errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0)
            {
                Failure = "the broker sent no certificate";
                return false;
            }

            if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
            {
                Failure = "the broker's certificate is for another host name (" + certificate.Subject + ")";
                return false;
            }

            if (_ca == null)
            {
                if (errors != SslPolicyErrors.None)
                {
                    Failure = "the broker's certificate (" + certificate.Subject + ", issued by " + certificate.Issuer
                        + ") is not trusted by this system's CA store; give its CA with --ca FILE";
                    return false;
                }

                return true;
            }

            using (var chain = new X509Chain())
            using (var leaf = new X509Certificate2(certificate))
            {
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.AddRange(_ca);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                if (chain.Build(leaf))
                {
                    return true;
                }

                string status = chain.ChainStatus.Length > 0 ? chain.ChainStatus[0].Status.ToString() : "untrusted";
                Failure = "the broker's certificate (" + certificate.Subject + ", issued by " + certificate.Issuer
                    + ") does not chain to the CA in --ca (" + status + ")";
                return false;
            }
        }
    }
}
