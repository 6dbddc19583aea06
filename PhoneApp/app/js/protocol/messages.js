// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// okf/v1 wire messages (PROTOCOL.md §6): encode what the owner sends, parse what the device sends, bounds first.
// Parsers return { reason } with a PROTOCOL.md §15 reason name when the bytes are refused, never throw.

import { concat, i64, readI64, readU16, readU32, u16, u32 } from './bytes.js';
import { MaxCounter, MessageType, Sizes, Version } from './constants.js';

/** Parses the retained Nonce message (§6.1). */
export function parseNonce(bytes) {
    if (!(bytes instanceof Uint8Array) || bytes.length !== Sizes.NonceMessage) {
        return { reason: 'BadLength' };
    }
    if (bytes[0] !== Version) {
        return { reason: 'BadVersion' };
    }
    if (bytes[1] !== MessageType.Nonce) {
        return { reason: 'BadType' };
    }
    return { deviceId: bytes.slice(2, 10), nonce: bytes.slice(10, 18) };
}

/** The header of a Command or GuestCommand (§6.2); passBody only for guests. */
export function encodeCommandHeader({ deviceId, keyId, counter, nonce, passBody }) {
    const type = passBody ? MessageType.GuestCommand : MessageType.Command;
    return concat(Version, type, deviceId, keyId, i64(counter), nonce, passBody || new Uint8Array(0));
}

/** Parses a Result or Event (§6.3) header; the ciphertext and tag stay in the input. */
export function parseDeviceMessage(bytes) {
    const min = Sizes.DeviceHeader + Sizes.EventPrefix + Sizes.Tag;
    const max = Sizes.DeviceHeader + Sizes.ResultPrefix + Sizes.MaxDeviceData + Sizes.Tag;
    if (!(bytes instanceof Uint8Array) || bytes.length < min || bytes.length > max) {
        return { reason: 'BadLength' };
    }
    if (bytes[0] !== Version) {
        return { reason: 'BadVersion' };
    }
    const type = bytes[1];
    if (type !== MessageType.Result && type !== MessageType.Event) {
        return { reason: 'BadType' };
    }
    const cipherLength = bytes.length - Sizes.DeviceHeader - Sizes.Tag;
    if (type === MessageType.Result && cipherLength < Sizes.ResultPrefix) {
        return { reason: 'BadLength' };
    }
    const counter = readI64(bytes, 11);
    if (counter < 1n || counter > MaxCounter) {
        return { reason: 'Replayed' };
    }
    return {
        type,
        deviceId: bytes.slice(2, 10),
        keyId: bytes[10],
        counter,
        cipherLength,
        signed: bytes.subarray(0, Sizes.DeviceHeader + cipherLength),
        ciphertext: bytes.subarray(Sizes.DeviceHeader, Sizes.DeviceHeader + cipherLength),
        tag: bytes.subarray(bytes.length - Sizes.Tag),
    };
}

/** Guest pass body (§11), 27 bytes. */
export function encodePassBody({ passId, epoch, actionMask, maxUses, notBefore, notAfter }) {
    return concat(u32(passId), u16(epoch), u32(actionMask), maxUses, i64(notBefore), i64(notAfter));
}

/** Parses and checks a pass body; { reason: 'BadField' } when a field is out of range. */
export function parsePassBody(bytes) {
    if (!(bytes instanceof Uint8Array) || bytes.length !== Sizes.PassBody) {
        return { reason: 'BadLength' };
    }
    const pass = {
        passId: readU32(bytes, 0),
        epoch: readU16(bytes, 4),
        actionMask: readU32(bytes, 6),
        maxUses: bytes[10],
        notBefore: readI64(bytes, 11),
        notAfter: readI64(bytes, 19),
    };
    if (pass.maxUses < 1 || pass.notBefore > pass.notAfter || pass.notBefore < 0n) {
        return { reason: 'BadField' };
    }
    return pass;
}
