// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Threading;
using EndToEnd.Tests.Support;
using OwnerTool.Core;
using Xunit;

namespace EndToEnd.Tests
{
    /// <summary>One key file used by two okf runs at once, as a user with `okf watch` open in another terminal does.</summary>
    public sealed class KeyFileSharingTests : IClassFixture<PairedWorld>
    {
        private readonly PairedWorld _world;

        public KeyFileSharingTests(PairedWorld world)
        {
            _world = world;
        }

        [Fact]
        public void AWatchOnTheSameKeyFileDoesNotBreakTheOwnersNextCommand()
        {
            using CancellationTokenSource stop = new CancellationTokenSource();
            int events = 0;
            Thread watch = new Thread(() =>
            {
                OwnerClient watcher = new OwnerClient(_world.Admin.Settings);
                watcher.WatchEvents(PairedWorld.DoorbellName, 0, TimeSpan.FromSeconds(60), e => Interlocked.Increment(ref events), s => { }, stop.Token);
            }) { IsBackground = true };
            watch.Start();
            Thread.Sleep(1000);
            for (int i = 0; i < 3; i++)
            {
                Assert.True(_world.Admin.Send(PairedWorld.GarageName, "garage", "status").IsDone);
            }

            _world.Doorbell.Board.Press(Doorbell.Firmware.Board.DoorbellPinMap.DevKitC().ButtonPin);
            Thread.Sleep(150);
            _world.Doorbell.Board.Release(Doorbell.Firmware.Board.DoorbellPinMap.DevKitC().ButtonPin);
            Eventually.True(() => Volatile.Read(ref events) > 0, "the watch to see the ring");

            CommandResult next = _world.Admin.Send(PairedWorld.GarageName, "garage", "status");

            stop.Cancel();
            Assert.True(next.IsDone);
        }
    }
}
