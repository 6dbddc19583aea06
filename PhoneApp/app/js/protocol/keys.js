// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// Key schedule (PROTOCOL.md §5). Master keys may be bytes or a non-extractable HMAC CryptoKey; derived sub-keys are
// imported as non-extractable CryptoKeys so no session key is ever readable from script after derivation.

import { ascii, concat } from './bytes.js';
import { Labels, Sizes } from './constants.js';
import { hkdfExpand, hkdfExtract, importAesKey, importHmacKey, sha256 } from './crypto.js';

/** ID = trunc8(SHA256("okf1 device id" || dpk)). */
export async function deviceIdOf(devicePublic) {
    return (await sha256(concat(ascii(Labels.DeviceId), devicePublic))).slice(0, Sizes.DeviceId);
}

/** P = HKDF(salt "okf1 pairing salt", ikm K, info "okf1 pair proof" || ID); K = the secret S or an invite code C. */
export async function pairingProofKey(credential, deviceId) {
    const prk = await hkdfExtract(ascii(Labels.PairingSalt), credential);
    return hkdfExpand(prk, concat(ascii(Labels.PairProof), deviceId), 32);
}

/** M = HKDF(salt K, ikm Z, info "okf1 master" || ID || dpk || opk); K = the credential the proof used. */
export async function masterKey(credential, shared, deviceId, devicePublic, ownerPublic) {
    const prk = await hkdfExtract(credential, shared);
    return hkdfExpand(prk, concat(ascii(Labels.Master), deviceId, devicePublic, ownerPublic), Sizes.MasterKey);
}

/** A sub-key of M (or G): HKDF-Expand(K, label || ID [|| extra], length). */
export function subKey(master, label, deviceId, length, extra) {
    return hkdfExpand(master, concat(ascii(label), deviceId, extra || new Uint8Array(0)), length);
}

/** G = HKDF-Expand(I, "okf1 guest" || ID || issuer || body, 32) with I = the pass-issuing key of M. */
export async function guestMaster(master, deviceId, issuerKeyId, passBody) {
    const issue = await subKey(master, Labels.PassIssue, deviceId, 32);
    const g = await hkdfExpand(issue, concat(ascii(Labels.Guest), deviceId, issuerKeyId, passBody), Sizes.MasterKey);
    issue.fill(0);
    return g;
}

/** The four session keys of a master, as non-extractable CryptoKeys. */
export async function sessionKeys(master, deviceId) {
    const raw = {
        c2dEnc: await subKey(master, Labels.C2dEnc, deviceId, 16),
        c2dMac: await subKey(master, Labels.C2dMac, deviceId, 32),
        d2cEnc: await subKey(master, Labels.D2cEnc, deviceId, 16),
        d2cMac: await subKey(master, Labels.D2cMac, deviceId, 32),
    };
    const keys = {
        c2dEnc: await importAesKey(raw.c2dEnc),
        c2dMac: await importHmacKey(raw.c2dMac),
        d2cEnc: await importAesKey(raw.d2cEnc),
        d2cMac: await importHmacKey(raw.d2cMac),
    };
    for (const bytes of Object.values(raw)) {
        bytes.fill(0);
    }
    return keys;
}

/** The owner key fingerprint okf and ListKeys show: the first 8 bytes of the public key, hex. */
export function fingerprintOf(publicKey) {
    return Array.from(publicKey.slice(0, Sizes.Fingerprint), (b) => b.toString(16).padStart(2, '0')).join('');
}
