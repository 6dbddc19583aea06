// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using System;
using Protocol.Tests.Support;
using Shared.Crypto.Passes;
using Shared.Crypto.Protocol;
using Xunit;

namespace Protocol.Tests
{
    /// <summary>
    /// 100,000 random and mutated messages at the verifier: no exception escapes, nothing is accepted or answered,
    /// and the protocol state (registry, passes, windows, ledger, clock, actions run) is exactly as before.
    /// </summary>
    public class FuzzTests
    {
        private const byte Open = 0x20;

        [Fact]
        public void HundredThousandRandomAndMutatedCommandsChangeNothing()
        {
            DeviceHarness device = new DeviceHarness(11);
            OwnerSession admin = device.Pair(DeviceHarness.Sequence(32, 1));
            OwnerSession member = device.Pair(DeviceHarness.Sequence(32, 2));
            byte[] data;
            device.SendAndOpen(admin, device.Command(admin, (byte)ProtocolAction.Ping), out data);
            GuestPass pass = new GuestPass { PassId = 5, ActionMask = 1, MaxUses = 3, NotBefore = 0, NotAfter = long.MaxValue / 2 };
            OwnerSession guest = OwnerSession.ForGuest(device.Backend, device.Identity.DeviceId, admin.KeyId, pass, admin.IssuePass(pass), 1);
            OwnerSession[] senders = { admin, member, guest };

            string before = device.StateDigest();
            Random random = new Random(2026);
            for (int i = 0; i < 100_000; i++)
            {
                // Keep the MAC budget refilled so most mutants reach the expensive check.
                device.Now += ProtocolConstants.KeyBucketRefillMs;
                byte[] message = Mutant(device, senders, random);
                bool retained = random.Next(20) == 0;
                VerifyOutcome outcome = device.Verifier.Process(message, 0, message.Length, retained, device.Now, device.Response, 0);
                if (outcome.Authenticated || outcome.ResponseLength != 0)
                {
                    Assert.Fail("message " + i + " accepted: " + Convert.ToHexString(message));
                }
            }

            Assert.Equal(before, device.StateDigest());
            Assert.True(device.Verifier.RejectedCount(ReasonCode.BadTag) > 20_000, "too few mutants reached the MAC");
        }

        [Fact]
        public void RandomAndMutatedPairingRequestsNeverAddAKey()
        {
            DeviceHarness device = new DeviceHarness(12);
            device.Pair(DeviceHarness.Sequence(32, 1));
            Random random = new Random(7);
            byte[] request = new byte[ProtocolConstants.PairingRequestSize];
            for (int i = 0; i < 10_000; i++)
            {
                // A fresh invite per window: the mutants start from a request that would otherwise succeed.
                string invite = device.InviteUri();
                device.Pairing.OpenPairingWindow(device.Now);
                Shared.Crypto.Pairing.OwnerPairing owner = new Shared.Crypto.Pairing.OwnerPairing(device.Backend,
                    Shared.Crypto.Pairing.PairingUri.TryParse(invite), DeviceHarness.Sequence(32, 3), new byte[16]);
                owner.BuildRequest(device.CurrentNonce(), request, 0);
                byte[] mutant = Mutate(request, random);
                int length;
                ReasonCode reason = device.Pairing.HandleRequest(mutant, 0, mutant.Length, false, device.Now, device.PairResponse, 0, out length);
                Assert.NotEqual(ReasonCode.Done, reason);
                Assert.Equal(0, length);
                device.Now += 1000;
            }

            Assert.Equal(1, device.Registry.Count);
        }

        [Fact]
        public void OwnerNeverAcceptsAMutatedResult()
        {
            DeviceHarness device = new DeviceHarness(13);
            OwnerSession admin = device.Pair(DeviceHarness.Sequence(32, 1));
            Random random = new Random(8);
            DeviceMessage header = new DeviceMessage();
            byte[] plain = new byte[ProtocolConstants.MaxDeviceMessageSize];
            for (int i = 0; i < 10_000; i++)
            {
                VerifyOutcome outcome = device.Send(device.Command(admin, Open, new byte[random.Next(10)]));
                byte[] result = device.Response.AsSpan(0, outcome.ResponseLength).ToArray();
                byte[] mutant = Mutate(result, random);
                Assert.NotEqual(ReasonCode.Done, admin.Open(mutant, 0, mutant.Length, header, plain));
                Assert.Equal(ReasonCode.Done, admin.Open(result, 0, result.Length, header, plain));
                Assert.Equal(ReasonCode.Replayed, admin.Open(result, 0, result.Length, header, plain));
            }
        }

        private static byte[] Mutant(DeviceHarness device, OwnerSession[] senders, Random random)
        {
            int kind = random.Next(6);
            if (kind == 0)
            {
                byte[] noise = new byte[random.Next(ProtocolConstants.MaxCommandSize + 20)];
                random.NextBytes(noise);
                return noise;
            }

            OwnerSession sender = senders[random.Next(senders.Length)];
            byte[] args = new byte[random.Next(ProtocolConstants.MaxArgumentSize + 1)];
            random.NextBytes(args);
            byte[] valid = device.Command(sender, (byte)random.Next(256), args);
            if (kind == 1)
            {
                // A valid header and a random body and tag: reaches the MAC.
                byte[] forged = (byte[])valid.Clone();
                int header = forged[1] == (byte)MessageType.GuestCommand ? ProtocolConstants.GuestHeaderSize : ProtocolConstants.CommandHeaderSize;
                random.NextBytes(forged.AsSpan(header));
                return forged;
            }

            if (kind == 2)
            {
                byte[] other = device.Command(senders[random.Next(senders.Length)], Open);
                int cut = random.Next(1, Math.Min(valid.Length, other.Length));
                byte[] spliced = valid[..cut].Concat(other[cut..]);
                return Same(spliced, valid) || Same(spliced, other) ? Mutate(valid, random) : spliced;
            }

            return Mutate(valid, random);
        }

        private static byte[] Mutate(byte[] original, Random random)
        {
            byte[] copy;
            int how = random.Next(4);
            if (how == 0)
            {
                copy = original[..random.Next(original.Length)];
            }
            else if (how == 1)
            {
                byte[] extra = new byte[1 + random.Next(8)];
                random.NextBytes(extra);
                copy = original.Concat(extra);
            }
            else
            {
                copy = (byte[])original.Clone();
                int flips = 1 + random.Next(4);
                for (int f = 0; f < flips; f++)
                {
                    int at = random.Next(copy.Length);
                    if (how == 2)
                    {
                        copy[at] ^= (byte)(1 << random.Next(8));
                    }
                    else
                    {
                        copy[at] = (byte)random.Next(256);
                    }
                }
            }

            if (Same(copy, original))
            {
                copy[^1] ^= 0x01;
            }

            return copy;
        }

        private static bool Same(byte[] a, byte[] b)
        {
            return a.AsSpan().SequenceEqual(b);
        }
    }

    internal static class ByteArrayExtensions
    {
        public static byte[] Concat(this byte[] a, byte[] b)
        {
            byte[] result = new byte[a.Length + b.Length];
            a.CopyTo(result, 0);
            b.CopyTo(result, a.Length);
            return result;
        }
    }
}
