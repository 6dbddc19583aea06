// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Keys;
using Shared.Crypto.Primitives;
using Shared.Crypto.Protocol;

namespace Shared.Crypto.Pairing
{
    /// <summary>
    /// The one-time invite code an admin arms once the device has an owner (like Matter's enhanced commissioning
    /// window: a fresh secret per invitation instead of the printed one). It lives in RAM only and has three
    /// states: empty; armed and waiting for the physical long press (at most <see cref="ProtocolConstants.InviteArmMs"/>);
    /// bound to an open window, which it never outlives. One successful pairing, a window closing, a re-arm or a
    /// reboot ends it.
    /// </summary>
    public sealed class PairingInvite
    {
        private readonly byte[] _code = new byte[ProtocolConstants.InviteCodeSize];
        private readonly byte[] _proofKey = new byte[ProtocolConstants.HmacSize];
        private bool _armed;
        private bool _bound;
        private long _deadline;

        /// <summary>Gets the code (the salt of the new owner's master key); valid while <see cref="IsArmed"/>.</summary>
        public byte[] Code
        {
            get { return _code; }
        }

        /// <summary>Gets the proof key derived from the code exactly as the pairing secret's (PROTOCOL.md §5).</summary>
        public byte[] ProofKey
        {
            get { return _proofKey; }
        }

        /// <summary>Gets a value indicating whether a code is armed (waiting for the press, or bound to a window).</summary>
        public bool IsArmed
        {
            get { return _armed; }
        }

        /// <summary>Gets a value indicating whether the code belongs to the window that is open now.</summary>
        public bool IsBound
        {
            get { return _armed && _bound; }
        }

        /// <summary>Draws a fresh code, replacing (and wiping) any earlier one.</summary>
        /// <param name="backend">Crypto backend (derives the proof key).</param>
        /// <param name="random">The device RNG.</param>
        /// <param name="deviceId">8-byte device id.</param>
        /// <param name="windowOpen">True when a window is open now: the code is bound to it.</param>
        /// <param name="deadlineMs">The open window's closing time, or now + InviteArmMs while waiting for the press.</param>
        public void Arm(ICryptoBackend backend, IRandomSource random, byte[] deviceId, bool windowOpen, long deadlineMs)
        {
            Clear();
            random.NextBytes(_code);
            KeyDerivation.DerivePairingProofKey(backend, _code, deviceId, _proofKey);
            _armed = true;
            _bound = windowOpen;
            _deadline = deadlineMs;
        }

        /// <summary>Binds a waiting code to a window the long press just opened (it then closes with the window).</summary>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <param name="closesAtMs">The window's closing time.</param>
        public void Bind(long nowMs, long closesAtMs)
        {
            Expire(nowMs);
            if (_armed)
            {
                _bound = true;
                _deadline = closesAtMs;
            }
        }

        /// <summary>Wipes the code when its time is over.</summary>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        public void Expire(long nowMs)
        {
            if (_armed && nowMs - _deadline >= 0)
            {
                Clear();
            }
        }

        /// <summary>Gets how long the code has left (0 when none is armed).</summary>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <returns>Milliseconds.</returns>
        public long RemainingMs(long nowMs)
        {
            Expire(nowMs);
            return _armed ? _deadline - nowMs : 0;
        }

        /// <summary>Wipes the code (used, window closed, replaced).</summary>
        public void Clear()
        {
            SecureBuffer.Clear(_code);
            SecureBuffer.Clear(_proofKey);
            _armed = false;
            _bound = false;
            _deadline = 0;
        }
    }
}
