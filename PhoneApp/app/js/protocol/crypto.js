// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// The primitives of PROTOCOL.md §2 on WebCrypto (browser and Node): X25519, HKDF-SHA256 built from HMAC (the
// protocol needs Expand alone, which WebCrypto's HKDF does not offer), HMAC-SHA256, AES-128-CTR, SHA-256, random.

import { concat } from './bytes.js';

const subtle = globalThis.crypto.subtle;
const PKCS8_X25519_PREFIX = new Uint8Array([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x04, 0x22, 0x04, 0x20]);

/** Cryptographically random bytes. */
export function randomBytes(count) {
    return globalThis.crypto.getRandomValues(new Uint8Array(count));
}

export async function sha256(data) {
    return new Uint8Array(await subtle.digest('SHA-256', data));
}

/** An HMAC-SHA256 key that cannot be read back (extractable false). */
export function importHmacKey(bytes) {
    return subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** HMAC-SHA256 with a key given as bytes or as an HMAC CryptoKey. */
export async function hmac(key, data) {
    const cryptoKey = key instanceof Uint8Array ? await importHmacKey(key) : key;
    return new Uint8Array(await subtle.sign('HMAC', cryptoKey, data));
}

/** RFC 5869 Extract. */
export function hkdfExtract(salt, ikm) {
    return hmac(salt, ikm);
}

/** RFC 5869 Expand for L ≤ 32 (one block is all the protocol ever needs). */
export async function hkdfExpand(prk, info, length) {
    if (length > 32) {
        throw new RangeError('okf derives at most 32 bytes per Expand');
    }
    return (await hmac(prk, concat(info, 1))).slice(0, length);
}

/** AES-128-CTR over data with a 16-byte initial counter block incremented as a 128-bit integer. */
export async function aesCtr(key, counterBlock, data) {
    const cryptoKey = key instanceof Uint8Array
        ? await subtle.importKey('raw', key, { name: 'AES-CTR' }, false, ['encrypt'])
        : key;
    return new Uint8Array(await subtle.encrypt({ name: 'AES-CTR', counter: counterBlock, length: 128 }, cryptoKey, data));
}

/** A non-extractable AES-CTR key for repeated use. */
export function importAesKey(bytes) {
    return subtle.importKey('raw', bytes, { name: 'AES-CTR' }, false, ['encrypt']);
}

/** A new owner key pair; the private key is a non-extractable CryptoKey, the public key raw bytes. */
export async function generateX25519() {
    const pair = await subtle.generateKey({ name: 'X25519' }, false, ['deriveBits']);
    const publicKey = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
    return { privateKey: pair.privateKey, publicKey };
}

/** Imports a raw 32-byte X25519 private key (test vectors, key import); returns the key pair like generateX25519. */
export async function importX25519Private(raw, extractable = false) {
    const pkcs8 = concat(PKCS8_X25519_PREFIX, raw);
    const jwkSource = await subtle.importKey('pkcs8', pkcs8, { name: 'X25519' }, true, ['deriveBits']);
    const jwk = await subtle.exportKey('jwk', jwkSource);
    const privateKey = extractable ? jwkSource : await subtle.importKey('pkcs8', pkcs8, { name: 'X25519' }, false, ['deriveBits']);
    const x = jwk.x.replace(/-/g, '+').replace(/_/g, '/');
    const publicKey = Uint8Array.from(atob(x + '='.repeat((4 - (x.length % 4)) % 4)), (c) => c.charCodeAt(0));
    return { privateKey, publicKey };
}

/** X25519(private, peer public); null when the result is all zero (a weak peer key, refused by the spec). */
export async function x25519(privateKey, peerPublic) {
    let peer;
    try {
        peer = await subtle.importKey('raw', peerPublic, { name: 'X25519' }, true, []);
        const shared = new Uint8Array(await subtle.deriveBits({ name: 'X25519', public: peer }, privateKey, 256));
        let any = 0;
        for (const b of shared) {
            any |= b;
        }
        return any === 0 ? null : shared;
    } catch {
        // Browsers throw on small-order points instead of returning zeros: the same refusal.
        return null;
    }
}

/** The public key of a raw private key (device identity in tests). */
export async function x25519Public(raw) {
    return (await importX25519Private(raw, true)).publicKey;
}
