// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// The owner's (or guest's) side of one device: seal commands (PROTOCOL.md §6.2, §7) and open results and events
// (§6.3) with the device-counter replay window (§8). Counters are chosen by the caller, who reserves them in
// storage first; this type never invents one.

import { concat, constantTimeEqual, i64, readI64 } from './bytes.js';
import { Direction, MaxCounter, MessageType, Sizes } from './constants.js';
import { aesCtr, hmac } from './crypto.js';
import { encodeCommandHeader, parseDeviceMessage } from './messages.js';
import { ReplayWindow } from './replay-window.js';
import { sessionKeys } from './keys.js';

/** Counter block: direction u8 ‖ 00 00 00 ‖ counter i64 ‖ 00 00 00 00. */
export function counterBlock(direction, counter) {
    return concat(direction, 0, 0, 0, i64(counter), 0, 0, 0, 0);
}

export class OwnerSession {
    /**
     * @param {object} keys from sessionKeys()
     * @param {Uint8Array} deviceId
     * @param {number} keyId owner key id, or the issuer's key id for a guest
     * @param {Uint8Array|null} passBody the 27-byte pass body for a guest session
     * @param {bigint} receivedHighest persisted highest device counter accepted
     */
    constructor(keys, deviceId, keyId, passBody, receivedHighest) {
        this.keys = keys;
        this.deviceId = deviceId;
        this.keyId = keyId;
        this.passBody = passBody || null;
        this.received = new ReplayWindow(receivedHighest || 0n);
    }

    /** A session from a master key M (owner) or G (guest). */
    static async create({ master, deviceId, keyId, passBody, receivedHighest }) {
        return new OwnerSession(await sessionKeys(master, deviceId), deviceId, keyId, passBody, receivedHighest);
    }

    /** Seals one command under counter (already reserved); returns the message bytes or throws on bad input. */
    async seal({ counter, nonce, ownerTime, action, args }) {
        const argBytes = args || new Uint8Array(0);
        if (argBytes.length > Sizes.MaxArguments) {
            throw new RangeError('arguments longer than 64 bytes');
        }
        if (counter < 1n || counter > MaxCounter) {
            throw new RangeError('counter outside 1..2^63-2');
        }
        const header = encodeCommandHeader({
            deviceId: this.deviceId, keyId: this.keyId, counter, nonce, passBody: this.passBody,
        });
        const plaintext = concat(i64(ownerTime), action, argBytes);
        const ciphertext = await aesCtr(this.keys.c2dEnc, counterBlock(Direction.ToDevice, counter), plaintext);
        const signed = concat(header, ciphertext);
        const tag = (await hmac(this.keys.c2dMac, signed)).slice(0, Sizes.Tag);
        return concat(signed, tag);
    }

    /**
     * Checks and decrypts a Result or Event in the §14 owner order: shape, device id, key id, window, tag; only then
     * decrypts and accepts the counter. Returns { reason } for anything refused.
     */
    async open(bytes) {
        const m = parseDeviceMessage(bytes);
        if (m.reason) {
            return m;
        }
        if (!constantTimeEqual(m.deviceId, this.deviceId)) {
            return { reason: 'WrongDevice' };
        }
        if (m.keyId !== this.keyId) {
            return { reason: 'UnknownKey' };
        }
        if (!this.received.isAcceptable(m.counter)) {
            return { reason: 'Replayed' };
        }
        const expected = (await hmac(this.keys.d2cMac, m.signed)).slice(0, Sizes.Tag);
        if (!constantTimeEqual(expected, m.tag)) {
            return { reason: 'BadTag' };
        }
        const plain = await aesCtr(this.keys.d2cEnc, counterBlock(Direction.ToOwner, m.counter), m.ciphertext);
        this.received.accept(m.counter);
        if (m.type === MessageType.Result) {
            return {
                type: 'result',
                deviceCounter: m.counter,
                commandCounter: readI64(plain, 0),
                action: plain[8],
                reason: plain[9],
                data: plain.slice(Sizes.ResultPrefix),
            };
        }
        return {
            type: 'event',
            deviceCounter: m.counter,
            code: plain[0],
            time: readI64(plain, 1),
            data: plain.slice(Sizes.EventPrefix),
        };
    }

    /** The highest device counter accepted, to persist. */
    get receivedHighest() {
        return this.received.highest;
    }
}

/** The resume point of a CounterResync result (reason 0x17 with an i64), or null. */
export function resyncPoint(result) {
    if (result.reason !== 0x17 || result.data.length !== Sizes.Counter) {
        return null;
    }
    const floor = readI64(result.data, 0);
    return floor >= 0n && floor < MaxCounter ? floor : null;
}
