// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.IO;
using OwnerTool.Core;
using OwnerTool.Tests.Support;
using TestSupport;
using Xunit;

namespace OwnerTool.Tests
{
    /// <summary>
    /// okf against a mosquitto that wants TLS (a throw-away CA made by the test) and a password, as Home Assistant's
    /// Mosquitto add-on or a hosted broker do; also over WebSockets. The simulated device logs in on a plain listener.
    /// </summary>
    public sealed class SecureBrokerTests : IClassFixture<SecureBrokerTests.SecureBroker>, IDisposable
    {
        private const string OwnerUser = "owner";
        private const string OwnerPassword = "correct horse battery staple";
        private const string DeviceUser = "garage";
        private const string DevicePassword = "another long secret";
        private readonly SecureBroker _fixture;
        private readonly Okf _okf;
        private readonly SimulatedDevice _device;
        private readonly string _passwordFile;

        public SecureBrokerTests(SecureBroker fixture)
        {
            _fixture = fixture;
            _okf = new Okf("mqtts://127.0.0.1:" + fixture.Broker.Port);
            _device = new SimulatedDevice(MosquittoBroker.LoopbackHost, fixture.Broker.PlainPort, "garage", DeviceUser, DevicePassword);
            _passwordFile = Path.Combine(_okf.Folder, "broker-password");
            File.WriteAllText(_passwordFile, OwnerPassword + "\n");
        }

        [Fact]
        public void PairingAndCommandsWorkOverTlsWithALogin()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);
            _device.OpenPairingWindow();
            OkfRun pair = _okf.Run("pair", _device.Uri, "--ca", _fixture.Certificates.CaFile, "--user", OwnerUser, "--password-file", _passwordFile);
            Assert.True(pair.Code == 0, pair.ToString());
            OkfRun open = _okf.Run("garage", "open", "--ca", _fixture.Certificates.CaFile, "--user", OwnerUser, "--password-file", _passwordFile);
            Assert.True(open.Code == 0, open.ToString());
            Assert.Contains("open: accepted", open.Output);
        }

        [Fact]
        public void CommandsWorkOverWebSocketsWithALogin()
        {
            using var okf = new Okf("ws://127.0.0.1:" + _fixture.Broker.WebSocketPort + "/mqtt");
            Assert.Equal(0, okf.Run("keygen").Code);
            _device.OpenPairingWindow();
            OkfRun pair = okf.Run("pair", _device.Uri, "--user", OwnerUser, "--password-file", _passwordFile);
            Assert.True(pair.Code == 0, pair.ToString());
            OkfRun status = okf.Run("garage", "status", "--user", OwnerUser, "--password-file", _passwordFile);
            Assert.True(status.Code == 0, status.ToString());
        }

        [Fact]
        public void AWrongPasswordIsALoginRefusalWithItsOwnExitCode()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);
            File.WriteAllText(_passwordFile, "not the password\n");
            OkfRun run = _okf.Run("pair", _device.Uri, "--ca", _fixture.Certificates.CaFile, "--user", OwnerUser, "--password-file", _passwordFile);
            Assert.Equal((int)ExitCode.BrokerLoginRefused, run.Code);
            Assert.Contains("refused the login as user 'owner'", run.Error);
            Assert.Empty(new KeyStore(_okf.KeyFile).Load().Devices);
        }

        [Fact]
        public void NoLoginAtAllIsALoginRefusalThatNamesTheOptions()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);
            OkfRun pair = _okf.Run("pair", _device.Uri, "--ca", _fixture.Certificates.CaFile);
            Assert.Equal((int)ExitCode.BrokerLoginRefused, pair.Code);
            Assert.Contains("--user", pair.Error);
        }

        [Fact]
        public void ABrokerCertificateFromAnotherCaIsRefusedBeforeTheLoginIsSent()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);
            OkfRun run = _okf.Run("pair", _device.Uri, "--ca", _fixture.Certificates.OtherCaFile, "--user", OwnerUser, "--password-file", _passwordFile);
            Assert.Equal((int)ExitCode.BrokerNotTrusted, run.Code);
            Assert.Contains("does not chain to the CA in --ca", run.Error);
        }

        [Fact]
        public void ABrokerCertificateUnknownToTheSystemStoreIsRefusedWithAHint()
        {
            Assert.Equal(0, _okf.Run("keygen").Code);
            OkfRun run = _okf.Run("pair", _device.Uri, "--user", OwnerUser, "--password-file", _passwordFile);
            Assert.Equal((int)ExitCode.BrokerNotTrusted, run.Code);
            Assert.Contains("--ca FILE", run.Error);
        }

        public void Dispose()
        {
            _device.Dispose();
            _okf.Dispose();
        }

        /// <summary>The CA, the server certificate and a broker with a TLS listener, a plain one and a WebSocket one, all with logins.</summary>
        public sealed class SecureBroker : IDisposable
        {
            private readonly string _folder = Path.Combine(Path.GetTempPath(), "okf-tls-" + Guid.NewGuid().ToString("N"));

            public SecureBroker()
            {
                Certificates = TestCertificates.Create(_folder);
                var options = new MosquittoOptions
                {
                    TlsCertificateFile = Certificates.ServerCertificateFile,
                    TlsKeyFile = Certificates.ServerKeyFile,
                    PlainListener = true,
                    WebSockets = true,
                };
                options.Users[OwnerUser] = OwnerPassword;
                options.Users[DeviceUser] = DevicePassword;
                Broker = new MosquittoBroker(options);
            }

            public TestCertificates Certificates { get; }

            public MosquittoBroker Broker { get; }

            public void Dispose()
            {
                Broker.Dispose();
                Directory.Delete(_folder, true);
            }
        }
    }
}
