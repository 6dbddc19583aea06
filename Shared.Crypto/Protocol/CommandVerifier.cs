// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

using Shared.Crypto.Audit;
using Shared.Crypto.Keys;
using Shared.Crypto.Passes;
using Shared.Crypto.Primitives;

namespace Shared.Crypto.Protocol
{
    /// <summary>
    /// The device's command pipeline (docs/PROTOCOL.md "Order of checks"): retained flag, length, version, type,
    /// device id, key id, counter window, freshness nonce, MAC budget, then the MAC; only then decrypt, commit the
    /// counter, check the role or pass and run the action; every authenticated command gets a sealed result.
    /// Everything before the MAC is verified into locals and changes no state (except the rate-limit buckets).
    /// Not thread-safe: call from the single thread that receives commands.
    /// </summary>
    public sealed partial class CommandVerifier
    {
        private readonly ICryptoBackend _backend;
        private readonly DeviceIdentity _identity;
        private readonly OwnerRegistry _registry;
        private readonly FreshnessNonce _nonce;
        private readonly ICounterLedger _ledger;
        private readonly PassBook _passes;
        private readonly DeadPassList _deadPasses = new DeadPassList();
        private readonly TrustedClock _clock;
        private readonly IMonotonicClock _monotonic;
        private readonly ICommandHandler _handler;
        private readonly KeyAdministration _admin;
        private readonly SealedMessage _crypto;
        private readonly MessageSealer _sealer;
        private readonly ReplayWindow[] _windows = new ReplayWindow[ProtocolConstants.MaxOwners];
        private readonly MacBudget _budget;
        private readonly CommandMessage _message = new CommandMessage();
        private readonly CommandContext _context = new CommandContext();
        private readonly VerifyOutcome _outcome = new VerifyOutcome();
        private readonly SessionKeys _guestKeys = new SessionKeys();
        private readonly byte[] _guestMaster = new byte[ProtocolConstants.MasterKeySize];
        private readonly byte[] _guestInfo = new byte[KeyDerivation.GuestInfoSize];
        private readonly byte[] _plaintext = new byte[ProtocolConstants.MaxCommandPlaintext];
        private readonly byte[] _replyEnc = new byte[ProtocolConstants.EncKeySize];
        private readonly byte[] _replyMac = new byte[ProtocolConstants.MacKeySize];
        private readonly int[] _rejected = new int[64];

        /// <summary>Creates the pipeline; replay windows start at the ledger's persisted floors.</summary>
        /// <param name="backend">Crypto backend.</param>
        /// <param name="identity">Device identity.</param>
        /// <param name="registry">Owner keys.</param>
        /// <param name="nonce">Freshness nonce.</param>
        /// <param name="ledger">Persistent counters.</param>
        /// <param name="passes">Guest pass state.</param>
        /// <param name="clock">Trusted clock.</param>
        /// <param name="handler">Device actions.</param>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        public CommandVerifier(ICryptoBackend backend, DeviceIdentity identity, OwnerRegistry registry, FreshnessNonce nonce,
            ICounterLedger ledger, PassBook passes, TrustedClock clock, ICommandHandler handler, long nowMs)
            : this(backend, identity, registry, nonce, ledger, passes, clock, handler, nowMs, null)
        {
        }

        /// <summary>Creates the pipeline with a clock read again right before each action (freshness re-check).</summary>
        /// <param name="backend">Crypto backend.</param>
        /// <param name="identity">Device identity.</param>
        /// <param name="registry">Owner keys.</param>
        /// <param name="nonce">Freshness nonce.</param>
        /// <param name="ledger">Persistent counters.</param>
        /// <param name="passes">Guest pass state.</param>
        /// <param name="clock">Trusted clock.</param>
        /// <param name="handler">Device actions.</param>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <param name="monotonic">The monotonic clock, or null to use the time handed to <see cref="Process"/>.</param>
        public CommandVerifier(ICryptoBackend backend, DeviceIdentity identity, OwnerRegistry registry, FreshnessNonce nonce,
            ICounterLedger ledger, PassBook passes, TrustedClock clock, ICommandHandler handler, long nowMs,
            IMonotonicClock monotonic)
        {
            _monotonic = monotonic;
            _backend = backend;
            _identity = identity;
            _registry = registry;
            _nonce = nonce;
            _ledger = ledger;
            _passes = passes;
            _clock = clock;
            _handler = handler;
            _admin = new KeyAdministration(backend, identity, registry, passes);
            _crypto = new SealedMessage(backend);
            _sealer = new MessageSealer(backend, identity.DeviceId, ledger);
            for (int i = 0; i < _windows.Length; i++)
            {
                _windows[i] = new ReplayWindow();
                _windows[i].Reset(ledger.ReceiveFloor(i));
            }

            _budget = new MacBudget(nowMs);
        }

        /// <summary>Gets the replay window of a slot (read-only use: tests and diagnostics).</summary>
        /// <param name="slot">Slot index.</param>
        /// <returns>The window.</returns>
        public ReplayWindow WindowOf(int slot)
        {
            return _windows[slot];
        }

        /// <summary>Gets the passes refused for good (repeats on them are counted there).</summary>
        public DeadPassList DeadPasses
        {
            get { return _deadPasses; }
        }

        /// <summary>Gets how many unauthenticated messages were dropped for a reason.</summary>
        /// <param name="reason">Reason code.</param>
        /// <returns>Count since boot.</returns>
        public int RejectedCount(ReasonCode reason)
        {
            return _rejected[(int)reason & 63];
        }

        /// <summary>
        /// Prepares a slot that just received a new key (pairing): its window restarts above everything the slot
        /// ever accepted. Returns the first counter the new owner must use.
        /// </summary>
        /// <param name="slot">Slot index.</param>
        /// <returns>First acceptable counter.</returns>
        public long PrepareSlot(int slot)
        {
            long floor = _ledger.ReceiveFloor(slot);
            long highest = _windows[slot].Highest;
            long start = highest > floor ? highest : floor;
            _windows[slot].Reset(start);
            return start + 1;
        }

        /// <summary>Processes one message received on the command topic.</summary>
        /// <param name="message">Received bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Length.</param>
        /// <param name="retained">The MQTT retain flag of the delivery.</param>
        /// <param name="nowMs">Monotonic time in milliseconds.</param>
        /// <param name="response">Destination of the sealed result (at least MaxDeviceMessageSize bytes).</param>
        /// <param name="responseOffset">First byte.</param>
        /// <returns>The outcome (reused instance).</returns>
        public VerifyOutcome Process(byte[] message, int offset, int count, bool retained, long nowMs, byte[] response, int responseOffset)
        {
            _outcome.Reset();
            _nonce.Update(nowMs);
            bool belowFloor;
            int slot;
            ReasonCode cheap = CheapChecks(message, offset, count, retained, nowMs, out slot, out belowFloor);
            if (cheap != ReasonCode.Done)
            {
                return Reject(cheap);
            }

            bool guest = _message.Type == MessageType.GuestCommand;
            OwnerKey owner = _registry.GetSlot(slot);
            SessionKeys keys = owner.Keys;
            if (guest)
            {
                keys = DeriveGuestKeys(owner, message, offset);
            }

            int authenticated = _message.HeaderLength + _message.CiphertextLength;
            if (!_crypto.VerifyTag(keys.CommandMac, message, offset, authenticated))
            {
                _guestKeys.Clear();
                return Reject(ReasonCode.BadTag);
            }

            if (!guest)
            {
                // Authentic: the budget was spent on legitimate work, give it back so owners are never starved by it.
                // A guest's tokens come back only when its command runs (RunGuest): refusals are not free.
                _budget.Refund(slot);
            }

            System.Array.Copy(keys.DeviceEnc, _replyEnc, _replyEnc.Length);
            System.Array.Copy(keys.DeviceMac, _replyMac, _replyMac.Length);
            _crypto.Decrypt(keys.CommandEnc, ProtocolConstants.DirectionToDevice, _message.Counter, message,
                offset + _message.HeaderLength, _message.CiphertextLength, _plaintext, 0);
            _guestKeys.Clear();

            _outcome.Authenticated = true;
            _outcome.IsGuest = guest;
            _outcome.KeyId = _message.KeyId;
            _outcome.PassId = guest ? _message.Pass.PassId : 0;
            byte timeReason = FillContext(owner, guest, nowMs);
            _outcome.Action = _context.Action;

            byte reason;
            if (!belowFloor && !IsStillFresh(message, offset, nowMs))
            {
                // Queued or slowed down past the window after its first check: it must not run late.
                reason = (byte)ReasonCode.TooLate;
                CommitCounter(slot, guest);
            }
            else if (!belowFloor && timeReason != (byte)ReasonCode.Done)
            {
                reason = timeReason;
                CommitCounter(slot, guest);
            }
            else if (belowFloor)
            {
                // Authentic but at or below the persisted floor (after a reboot): tell the owner where to resume.
                BigEndian.WriteInt64(_context.ResultData, 0, _windows[slot].Highest);
                _context.ResultLength = ProtocolConstants.CounterSize;
                reason = (byte)ReasonCode.CounterResync;
            }
            else
            {
                reason = guest ? RunGuest() : RunOwner(slot, nowMs);
            }

            if (_context.ResultLength < 0 || _context.ResultLength > ProtocolConstants.MaxDeviceDataSize)
            {
                _context.ResultLength = 0;
                reason = (byte)ReasonCode.Failed;
            }

            _outcome.Reason = reason;
            _outcome.ResponseLength = _sealer.SealResult(_replyEnc, _replyMac, slot, _message.KeyId, _message.Counter,
                _context.Action, reason, _context.ResultData, 0, _context.ResultLength, response, responseOffset);
            SecureBuffer.Clear(_replyEnc);
            SecureBuffer.Clear(_replyMac);
            SecureBuffer.Clear(_plaintext);
            return _outcome;
        }

        private ReasonCode CheapChecks(byte[] message, int offset, int count, bool retained, long nowMs, out int slot, out bool belowFloor)
        {
            slot = -1;
            belowFloor = false;
            if (retained)
            {
                return ReasonCode.Retained;
            }

            ReasonCode parsed = CommandMessage.TryParse(message, offset, count, _message);
            if (parsed != ReasonCode.Done)
            {
                return parsed;
            }

            if (!ConstantTime.AreEqual(_message.DeviceId, 0, _identity.DeviceId, 0, ProtocolConstants.DeviceIdSize))
            {
                return ReasonCode.WrongDevice;
            }

            slot = _registry.FindSlot(_message.KeyId);
            bool guest = _message.Type == MessageType.GuestCommand;
            if (slot < 0 || (guest && _registry.GetSlot(slot).Role != OwnerRole.Admin))
            {
                return ReasonCode.UnknownKey;
            }

            if (guest)
            {
                ReasonCode early = GuestCheapChecks();
                if (early != ReasonCode.Done)
                {
                    return early;
                }
            }
            else if (!_windows[slot].IsAcceptable(_message.Counter))
            {
                if (_message.Counter > _windows[slot].Floor)
                {
                    return ReasonCode.Replayed;
                }

                belowFloor = true;
            }

            if (!_nonce.IsFresh(message, offset + ProtocolConstants.OffsetNonce))
            {
                return ReasonCode.StaleNonce;
            }

            return _budget.TryTake(guest ? MacBudget.GuestBucket : slot, nowMs) ? ReasonCode.Done : ReasonCode.RateLimited;
        }

        private byte FillContext(OwnerKey owner, bool guest, long nowMs)
        {
            int length = _message.CiphertextLength;
            long ownerTime = BigEndian.ReadInt64(_plaintext, 0);
            _context.Actor = guest ? ActorKind.Guest : ActorKind.Owner;
            _context.KeyId = _message.KeyId;
            _context.Role = guest ? OwnerRole.None : owner.Role;
            _context.PassId = guest ? _message.Pass.PassId : 0;
            _context.Action = _plaintext[ProtocolConstants.OwnerTimeSize];
            _context.Arguments = _plaintext;
            _context.ArgumentsOffset = ProtocolConstants.MinCommandPlaintext;
            _context.ArgumentsLength = length - ProtocolConstants.MinCommandPlaintext;
            _context.Counter = _message.Counter;
            _context.NowMs = nowMs;
            _context.ResultLength = 0;
            _context.ConsumesPassUse = true;
            byte reason = (byte)ReasonCode.Done;
            if (!guest && owner.Role == OwnerRole.Admin)
            {
                // Only admins set the trusted clock: a member or guest could otherwise revive expired passes or push
                // the time past what the audit chain can hold. An out-of-range time refuses the command.
                reason = (byte)_clock.Observe(ownerTime, nowMs);
            }

            long utc;
            _context.TimeKnown = _clock.TryGetUtc(nowMs, out utc);
            _context.TrustedUtcSeconds = utc;
            return reason;
        }

        private bool IsStillFresh(byte[] message, int offset, long nowMs)
        {
            if (_monotonic == null)
            {
                return true;
            }

            long now = _monotonic.NowMilliseconds;
            _nonce.Update(now > nowMs ? now : nowMs);
            return _nonce.IsFresh(message, offset + ProtocolConstants.OffsetNonce);
        }

        private void CommitCounter(int slot, bool guest)
        {
            if (guest)
            {
                CommitGuestCounter();
                return;
            }

            _windows[slot].Accept(_message.Counter);
            _ledger.ObserveReceived(slot, _message.Counter);
        }

        private byte RunOwner(int slot, long nowMs)
        {
            CommitCounter(slot, false);
            byte action = _context.Action;
            if (KeyAdministration.Handles(action))
            {
                return _admin.Execute(_context, slot, _outcome);
            }

            bool runtimeAction = action == (byte)ProtocolAction.ReadAudit || action == (byte)ProtocolAction.ArmInvite;
            if (runtimeAction && _context.Role != OwnerRole.Admin)
            {
                return (byte)ReasonCode.Forbidden;
            }

            if (runtimeAction || IsDeviceAction(action))
            {
                return RunHandler();
            }

            return (byte)ReasonCode.UnknownAction;
        }

        private byte RunHandler()
        {
            try
            {
                return _handler == null ? (byte)ReasonCode.UnknownAction : _handler.Execute(_context);
            }
            catch (System.Exception)
            {
                // A controller bug must not take the command thread down; the owner still gets an answer.
                _context.ResultLength = 0;
                return (byte)ReasonCode.Failed;
            }
        }

        private static bool IsDeviceAction(byte action)
        {
            return action >= ProtocolConstants.FirstDeviceAction
                && action < ProtocolConstants.FirstDeviceAction + ProtocolConstants.DeviceActionCount;
        }

        private VerifyOutcome Reject(ReasonCode reason)
        {
            _rejected[(int)reason & 63]++;
            _outcome.Reason = (byte)reason;
            return _outcome;
        }
    }
}
