// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// Reason codes (PROTOCOL.md §15, DEVICES.md §2.5, §3.5) in words, as okf says them.

const Table = new Map([
    [0x00, ['Done', 'done']],
    [0x01, ['BadLength', 'message length out of bounds']],
    [0x02, ['BadVersion', 'unknown protocol version']],
    [0x03, ['BadType', 'message type not allowed here']],
    [0x04, ['WrongDevice', 'addressed to another device']],
    [0x05, ['UnknownKey', 'key not paired with this device']],
    [0x06, ['Replayed', 'counter already used or outside the window']],
    [0x07, ['StaleNonce', 'freshness nonce too old']],
    [0x08, ['RateLimited', 'device is rate limiting, try again shortly']],
    [0x09, ['BadTag', 'authentication tag wrong']],
    [0x0a, ['Retained', 'retained message ignored']],
    [0x0b, ['BadField', 'invalid field value']],
    [0x0c, ['PairingClosed', 'pairing window closed (long-press the device\'s setup button)']],
    [0x0d, ['BadProof', 'pairing proof wrong (code from another device or mistyped)']],
    [0x0e, ['PairingLocked', 'pairing locked after too many wrong proofs (local reset needed)']],
    [0x0f, ['WeakPublicKey', 'unusable public key']],
    [0x10, ['BadPlaintext', 'malformed command']],
    [0x11, ['Forbidden', 'your role may not do this (admin only)']],
    [0x12, ['UnknownAction', 'the device does not know this action']],
    [0x13, ['BadArguments', 'wrong arguments for this action']],
    [0x14, ['LastAdmin', 'would leave the device without an admin']],
    [0x15, ['RegistryFull', 'no free owner slot on the device']],
    [0x16, ['NoSuchKey', 'no such key on the device']],
    [0x17, ['CounterResync', 'counter behind the device\'s floor (resynchronised)']],
    [0x18, ['PassExpired', 'guest pass expired']],
    [0x19, ['PassNotYetValid', 'guest pass not valid yet']],
    [0x1a, ['PassUsedUp', 'guest pass has no uses left']],
    [0x1b, ['PassRevoked', 'guest pass revoked']],
    [0x1c, ['PassActionNotAllowed', 'guest pass does not allow this action']],
    [0x1d, ['TimeUnknown', 'device has no trusted time yet (an admin command sets it)']],
    [0x1e, ['PassTableFull', 'device tracks too many passes already']],
    [0x1f, ['RevocationListFull', 'revocation list full: revoke all passes instead']],
    [0x20, ['Failed', 'the device could not do this now']],
    [0x21, ['BadTime', 'this phone\'s clock is outside 2020-2100 (not run)']],
    [0x22, ['TooLate', 'the command arrived too late to run (not run; try again)']],
    [0x40, ['AlreadyOpen', 'door already open']],
    [0x41, ['AlreadyClosed', 'door already closed']],
    [0x42, ['LockedOut', 'vacation lockout is on (admin only)']],
    [0x43, ['NotPermitted', 'needs an admin key']],
    [0x44, ['ClosedLimitUntrusted', 'closed-limit sensor untrusted']],
    [0x45, ['UnattendedCloseSuspended', 'remote close suspended after two obstructions (local reset needed)']],
    [0x46, ['InFault', 'opener in fault (local reset needed)']],
    [0x47, ['InMotion', 'door is moving']],
    [0x48, ['ObstructionActive', 'obstruction sensor active']],
    [0x49, ['SensorsSettling', 'limit sensors still settling after boot']],
    [0x4a, ['InvalidSetting', 'invalid setting']],
    [0x50, ['DepartureTimeout', 'fault: door did not leave its limit after the pulse']],
    [0x51, ['ArrivalTimeout', 'fault: door did not reach the other limit in time']],
    [0x52, ['LimitConflict', 'fault: both limit switches active']],
    [0x53, ['ReversalNotObserved', 'fault: no reversal seen after an obstruction']],
    [0x54, ['WrongDirection', 'fault: toggle opener ended at the wrong limit']],
    [0x60, ['ActorNotAllowed', 'sender may not command the doorbell']],
    [0x61, ['GuestNotAllowed', 'guests may not do this']],
    [0x62, ['StrikeDurationOutOfRange', 'strike time must be 1-10 s']],
    [0x63, ['StrikeNotFitted', 'no door strike fitted']],
    [0x64, ['MuteDurationOutOfRange', 'mute time out of range']],
    [0x65, ['SettingsInvalid', 'invalid settings']],
    [0x66, ['FactoryResetInProgress', 'factory reset in progress']],
    [0x67, ['StatusTargetMissing', 'device could not report status']],
]);

export function reasonName(code) {
    return (Table.get(code) || ['Unknown'])[0];
}

/** "door already open (AlreadyOpen, 0x40)". */
export function describeReason(code) {
    const [name, text] = Table.get(code) || ['Unknown', 'unknown reason'];
    return `${text} (${name}, 0x${code.toString(16).toUpperCase().padStart(2, '0')})`;
}
