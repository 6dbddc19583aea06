// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using System.Collections.Generic;
using System.Threading;
using EndToEnd.Tests.Support;
using OwnerTool.Core;
using Shared.Crypto.Protocol;
using Xunit;

namespace EndToEnd.Tests
{
    /// <summary>
    /// Someone on the broker without keys: forges, replays, withholds, retains and floods commands to the
    /// garage. None moves the door or draws an answer, and the owner's own next command still works.
    /// </summary>
    public sealed class AttackerTests : IClassFixture<PairedWorld>, IDisposable
    {
        private const byte OpenAction = GarageOpener.Firmware.Runtime.GarageAction.Open;
        private const byte StatusAction = GarageOpener.Firmware.Runtime.GarageAction.Status;
        private readonly Random _noise = new Random(20260101);
        private readonly PairedWorld _world;
        private readonly InProcessDevice _garage;
        private readonly Attacker _attacker;
        private readonly byte[] _deviceId;
        private readonly string _commandTopic;
        private readonly string _outPrefix;

        public AttackerTests(PairedWorld world)
        {
            _world = world;
            _garage = world.Garage;
            _deviceId = _garage.Runtime.DeviceId;
            _commandTopic = ProtocolTopics.Command(_deviceId);
            _outPrefix = _commandTopic.Substring(0, _commandTopic.Length - "cmd".Length) + "out/";
            GarageRig.SetDoor(world, GarageRig.Closed);
            _attacker = new Attacker(world.Broker.Host, world.Broker.Port);
            _attacker.Subscribe(_outPrefix + "#");
            _attacker.Subscribe(_commandTopic);
        }

        public void Dispose()
        {
            _attacker.Dispose();
        }

        [Fact]
        public void ForgedCommandsMoveNothingAndGetNoAnswer()
        {
            byte[] nonce = _attacker.ReadNonce(_deviceId);
            byte[] random = Noise(80);
            byte[] wrongTag = _world.Admin.SealWithoutSending(PairedWorld.GarageName, nonce, OpenAction);
            _noise.NextBytes(wrongTag.AsSpan(wrongTag.Length - ProtocolConstants.TagSize));
            byte[] genuine = _world.Admin.SealWithoutSending(PairedWorld.GarageName, nonce, StatusAction);
            byte[] flipped = (byte[])genuine.Clone();
            flipped[ProtocolConstants.CommandHeaderSize + 8] ^= 0x01;
            int relay = _garage.Rises(GarageRig.RelayPin);
            int answered = _garage.Runtime.Answered;
            int unanswered = _garage.Runtime.Unanswered;

            _attacker.Publish(_commandTopic, random);
            _attacker.Publish(_commandTopic, wrongTag);
            _attacker.Publish(_commandTopic, flipped);
            _garage.WaitUnanswered(unanswered, 3);

            Assert.Equal(answered, _garage.Runtime.Answered);
            Assert.Equal(relay, _garage.Rises(GarageRig.RelayPin));
            Assert.Empty(_attacker.Seen(_outPrefix));

            // The same command without the flipped bit is accepted: only the bit made the difference.
            _attacker.Publish(_commandTopic, genuine);
            _attacker.WaitFor(_outPrefix, 1);
            Assert.Equal(answered + 1, _garage.Runtime.Answered);
            Assert.Equal(relay, _garage.Rises(GarageRig.RelayPin));
        }

        [Fact]
        public void ReplayOfACapturedOpenCommandIsRefused()
        {
            int relay = _garage.Rises(GarageRig.RelayPin);
            int commandsSeen = _attacker.Seen(_commandTopic).Count;
            CommandResult opened = _world.Admin.Send(PairedWorld.GarageName, "garage", "open");
            Assert.True(opened.IsDone);
            _garage.WaitForPulses(GarageRig.RelayPin, relay + 1);
            byte[] captured = _attacker.WaitFor(_commandTopic, commandsSeen + 1)[commandsSeen].Payload;
            int unanswered = _garage.Runtime.Unanswered;

            // The door finishes opening and is closed by hand: a replay would have to pulse the relay again.
            GarageRig.SetDoor(_world, GarageRig.Open);
            GarageRig.SetDoor(_world, GarageRig.Closed);
            relay = _garage.Rises(GarageRig.RelayPin);
            int outSeen = _attacker.Seen(_outPrefix).Count;
            _attacker.Publish(_commandTopic, captured);
            _garage.WaitUnanswered(unanswered, 1);

            Assert.Equal(relay, _garage.Rises(GarageRig.RelayPin));
            Assert.Equal(outSeen, _attacker.Seen(_outPrefix).Count);
        }

        [Fact]
        public void ACommandWithheldPastTheFreshnessWindowIsRefusedAndTheOwnersNextCommandWorks()
        {
            byte[] nonce = _attacker.ReadNonce(_deviceId);
            byte[] withheld = _world.Admin.SealWithoutSending(PairedWorld.GarageName, nonce, OpenAction);
            string nonceTopic = ProtocolTopics.Nonce(_deviceId);
            int nonces = _attacker.Seen(nonceTopic).Count;
            int relay = _garage.Rises(GarageRig.RelayPin);
            int unanswered = _garage.Runtime.Unanswered;

            // Two rotation periods pass on the device (its clock moves on; the production window is unchanged).
            _garage.Clock.Advance((2 * ProtocolConstants.NonceRotationMs) + 1000);
            _attacker.WaitFor(nonceTopic, nonces + 1);
            _attacker.Publish(_commandTopic, withheld);
            _garage.WaitUnanswered(unanswered, 1);

            Assert.Equal(relay, _garage.Rises(GarageRig.RelayPin));
            CommandResult status = _world.Admin.Send(PairedWorld.GarageName, "garage", "status");
            Assert.True(status.IsDone);
            Assert.Equal(GarageRig.Closed, status.Data[0]);
        }

        [Fact]
        public void ARetainedCommandDeliveredOnReconnectIsIgnored()
        {
            byte[] nonce = _attacker.ReadNonce(_deviceId);
            byte[] command = _world.Admin.SealWithoutSending(PairedWorld.GarageName, nonce, OpenAction);
            int relay = _garage.Rises(GarageRig.RelayPin);
            int answered = _garage.Runtime.Answered;
            int unanswered = _garage.Runtime.Unanswered;

            // Taking over the device's client id drops its session; the retained command then waits on the broker
            // and reaches the device, flagged retained, when it subscribes again. The id is random and secret now
            // (it is no longer okf-<device id>), so the test reads it from the runtime to force the reconnect.
            using (new Attacker(_world.Broker.Host, _world.Broker.Port, _garage.Runtime.ClientId))
            {
                Eventually.True(() => !_garage.Runtime.IsOnline, "the device to lose its session");
                _attacker.Publish(_commandTopic, command, true);
            }

            _garage.WaitOnline();
            _garage.WaitUnanswered(unanswered, 1);
            _attacker.Publish(_commandTopic, Array.Empty<byte>(), true);

            Assert.Equal(relay, _garage.Rises(GarageRig.RelayPin));
            Assert.Equal(answered, _garage.Runtime.Answered);
        }

        [Fact]
        public void AFloodOfGarbageLeavesTheOwnersNextCommandWorking()
        {
            byte[] nonce = _attacker.ReadNonce(_deviceId);
            byte[] template = _world.Admin.SealWithoutSending(PairedWorld.GarageName, nonce, StatusAction);
            int relay = _garage.Rises(GarageRig.RelayPin);
            int unanswered = _garage.Runtime.Unanswered;
            int outSeen = _attacker.Seen(_outPrefix).Count;
            List<byte[]> flood = new List<byte[]>();
            for (int i = 0; i < 300; i++)
            {
                // Half plain noise, half aimed at the owner's key id with fresh counters so they reach the MAC.
                byte[] forged = i % 2 == 0 ? Noise(1 + (i % 160)) : (byte[])template.Clone();
                if (i % 2 == 1)
                {
                    BigEndian.WriteInt64(forged, ProtocolConstants.OffsetCounter, 1000000 + i);
                    _noise.NextBytes(forged.AsSpan(forged.Length - ProtocolConstants.TagSize));
                }

                flood.Add(forged);
            }

            foreach (byte[] forged in flood)
            {
                _attacker.Publish(_commandTopic, forged);
            }

            _garage.WaitUnanswered(unanswered, 1);
            Eventually.True(() => _garage.Runtime.Inbound.Count == 0, "the flood to drain");

            // A human pause before the next command (the budget itself no longer makes the owner wait).
            Thread.Sleep(1000);
            CommandResult status = _world.Admin.Send(PairedWorld.GarageName, "garage", "status");

            Assert.True(status.IsDone);
            Assert.Equal(relay, _garage.Rises(GarageRig.RelayPin));

            // The flood drew no answer: the only message out is the owner's own result.
            Assert.Single(_attacker.WaitFor(_outPrefix, outSeen + 1).GetRange(outSeen, 1));
            Assert.Equal(outSeen + 1, _attacker.Seen(_outPrefix).Count);
        }

        [Fact]
        public void AForgedFloodAimedAtTheOwnersKeyIdAtFortyPerSecondDoesNotKeepThatOwnerOut()
        {
            // Everything the cheap checks look at is public: the retained nonce, the owner's key id, counters far
            // ahead. Forgeries like these once drained that key's budget (2/s) and kept the owner out entirely.
            byte[] nonce = _attacker.ReadNonce(_deviceId);
            byte[] template = _world.Admin.SealWithoutSending(PairedWorld.GarageName, nonce, StatusAction);
            int relay = _garage.Rises(GarageRig.RelayPin);
            int unanswered = _garage.Runtime.Unanswered;
            using CancellationTokenSource stop = new CancellationTokenSource();
            int sent = 0;
            Thread flooder = new Thread(() =>
            {
                long counter = 1L << 40;
                while (!stop.IsCancellationRequested)
                {
                    byte[] forged = (byte[])template.Clone();
                    BigEndian.WriteInt64(forged, ProtocolConstants.OffsetCounter, counter++);
                    _noise.NextBytes(forged.AsSpan(forged.Length - ProtocolConstants.TagSize));
                    _attacker.Publish(_commandTopic, forged);
                    sent++;
                    Thread.Sleep(25);
                }
            });
            flooder.Start();
            try
            {
                _garage.WaitUnanswered(unanswered, 20);
                for (int i = 0; i < 3; i++)
                {
                    CommandResult status = _world.Admin.Send(PairedWorld.GarageName, "garage", "status");
                    Assert.True(status.IsDone);
                }
            }
            finally
            {
                stop.Cancel();
                flooder.Join();
            }

            Assert.True(sent >= 20, "forgeries sent: " + sent);
            Assert.Equal(relay, _garage.Rises(GarageRig.RelayPin));
        }

        private byte[] Noise(int length)
        {
            byte[] bytes = new byte[length];
            _noise.NextBytes(bytes);
            return bytes;
        }
    }
}
