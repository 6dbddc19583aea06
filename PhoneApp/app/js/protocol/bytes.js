// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// Byte helpers: hex, concatenation and big-endian integers (PROTOCOL.md §2). Counters and times are BigInt
// because the wire allows 63 bits.

const encoder = new TextEncoder();

/** Lowercase hex of a byte array. */
export function toHex(bytes) {
    let out = '';
    for (const b of bytes) {
        out += b.toString(16).padStart(2, '0');
    }
    return out;
}

/** Bytes of a hex string (either case), or null when it is not hex of the expected length (in bytes, optional). */
export function fromHex(text, length) {
    if (typeof text !== 'string' || text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) {
        return null;
    }
    if (length !== undefined && text.length !== length * 2) {
        return null;
    }
    const out = new Uint8Array(text.length / 2);
    for (let i = 0; i < out.length; i++) {
        out[i] = parseInt(text.substr(i * 2, 2), 16);
    }
    return out;
}

/** ASCII/UTF-8 bytes of a label. */
export function ascii(text) {
    return encoder.encode(text);
}

/** Concatenation of byte arrays (numbers are single bytes). */
export function concat(...parts) {
    let length = 0;
    for (const p of parts) {
        length += typeof p === 'number' ? 1 : p.length;
    }
    const out = new Uint8Array(length);
    let at = 0;
    for (const p of parts) {
        if (typeof p === 'number') {
            out[at++] = p;
        } else {
            out.set(p, at);
            at += p.length;
        }
    }
    return out;
}

export function u16(value) {
    return new Uint8Array([(value >>> 8) & 0xff, value & 0xff]);
}

export function u32(value) {
    return new Uint8Array([(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);
}

export function i64(value) {
    const out = new Uint8Array(8);
    new DataView(out.buffer).setBigInt64(0, BigInt(value));
    return out;
}

export function readU16(bytes, at) {
    return (bytes[at] << 8) | bytes[at + 1];
}

export function readU32(bytes, at) {
    return ((bytes[at] << 24) >>> 0) + (bytes[at + 1] << 16) + (bytes[at + 2] << 8) + bytes[at + 3];
}

export function readI64(bytes, at) {
    return new DataView(bytes.buffer, bytes.byteOffset + at, 8).getBigInt64(0);
}

/** True when both arrays have the same bytes; time depends only on the length (tags, ids). */
export function constantTimeEqual(a, b) {
    if (a.length !== b.length) {
        return false;
    }
    let diff = 0;
    for (let i = 0; i < a.length; i++) {
        diff |= a[i] ^ b[i];
    }
    return diff === 0;
}

/** Overwrites a buffer that held secret bytes. */
export function wipe(bytes) {
    if (bytes) {
        bytes.fill(0);
    }
}
