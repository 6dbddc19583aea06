// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System.Device.Wifi;
using System.Threading;
using nanoFramework.HostEmulation.Board;
using nanoFramework.Networking;
using nanoFramework.Runtime.Native;
using Xunit;

namespace HostEmulation.Tests
{
    public class NativeTests : BoardTest
    {
        [Fact]
        public void RebootDevice_runs_the_handlers_records_the_reboot_and_never_returns()
        {
            int handlers = 0;
            int requested = 0;
            RebootEventHandler handler = () => handlers++;
            Power.OnRebootEvent += handler;
            Board.RebootRequested += (s, e) => requested++;

            Assert.Throws<VirtualRebootException>(() => Power.RebootDevice());

            Power.OnRebootEvent -= handler;
            Assert.Equal(1, handlers);
            Assert.Equal(1, requested);
            Assert.Equal(1, Board.RebootCount);
        }

        [Fact]
        public void A_failing_reboot_handler_does_not_stop_the_reboot()
        {
            RebootEventHandler handler = () => throw new System.InvalidOperationException();
            Power.OnRebootEvent += handler;

            Assert.Throws<VirtualRebootException>(() => Power.RebootDevice(1000));

            Power.OnRebootEvent -= handler;
            Assert.Equal(1, Board.RebootCount);
        }

        [Fact]
        public void Wifi_connects_and_signals_network_ready()
        {
            bool ok = WifiNetworkHelper.ConnectDhcp("home", "secret", WifiReconnectionKind.Automatic, true, 0, CancellationToken.None);

            Assert.True(ok);
            Assert.Equal(NetworkHelperStatus.NetworkIsReady, WifiNetworkHelper.Status);
            Assert.True(WifiNetworkHelper.NetworkReady.WaitOne(0));
            Assert.Equal("home", Board.Network.LastSsid);
        }

        [Fact]
        public void Wifi_fails_when_the_test_takes_the_network_away()
        {
            Board.Network.WifiAvailable = false;

            bool ok = WifiNetworkHelper.ConnectDhcp("home", "secret");

            Assert.False(ok);
            Assert.NotEqual(NetworkHelperStatus.NetworkIsReady, WifiNetworkHelper.Status);
            Assert.False(WifiNetworkHelper.NetworkReady.WaitOne(0));
        }

        [Fact]
        public void Sntp_records_start_stop_and_updates()
        {
            Assert.False(Sntp.IsStarted);
            Assert.Equal("0.pool.ntp.org", Sntp.Server1);

            Sntp.Server1 = "time.example";
            Sntp.Start();
            Sntp.UpdateNow();
            Assert.True(Sntp.IsStarted);

            Sntp.Stop();
            Assert.False(Sntp.IsStarted);
            Assert.Equal(1, Board.Network.SntpUpdates);
            Assert.Equal("time.example", Board.Network.SntpServer1);
        }
    }
}
