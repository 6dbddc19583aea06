// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// Pairing (PROTOCOL.md §4, §6.4, §6.5, §10, §10.1), kept in one file: URI parsing (the device's own URI with its
// secret, or an admin's invite URI with a one-time code) with the pinned key check, the invite URI an admin hands
// out, the request with its proof, and the response check with the confirm key from the pinned device key.

import { concat, constantTimeEqual, fromHex, readI64, readU16, toHex } from './bytes.js';
import { Labels, MessageType, Sizes, Version } from './constants.js';
import { hmac, x25519 } from './crypto.js';
import { deviceIdOf, masterKey, pairingProofKey, subKey } from './keys.js';

const Prefix = 'okf://pair?';

/**
 * Parses okf://pair?v=1&kind=..&id=..&pk=.. with exactly one of s=.. (the device's printed secret: pairs only its
 * first owner) or i=.. (an admin's one-time invite code), in any order, unknown parameters ignored, and checks that
 * id is derived from pk. Returns { uri } or { error } in words. uri.credential is the secret or the code (the key
 * schedule treats both alike, §5); uri.invited tells which.
 */
export async function parsePairingUri(text) {
    const trimmed = String(text || '').trim();
    if (!trimmed.toLowerCase().startsWith(Prefix)) {
        return { error: 'not a pairing code: it must start with okf://pair?' };
    }
    const params = new Map();
    for (const part of trimmed.slice(Prefix.length).split('&')) {
        const eq = part.indexOf('=');
        if (eq <= 0) {
            return { error: 'the pairing code is malformed (a parameter without a value)' };
        }
        const name = part.slice(0, eq);
        if (params.has(name)) {
            return { error: `the pairing code names ${name} twice` };
        }
        let value;
        try {
            value = decodeURIComponent(part.slice(eq + 1));
        } catch {
            return { error: 'the pairing code is malformed (a broken %-escape)' };
        }
        params.set(name, value);
    }
    if (params.get('v') !== '1') {
        return { error: 'the pairing code is for another protocol version (v must be 1)' };
    }
    if (params.has('s') && params.has('i')) {
        return { error: 'the pairing code carries both a device secret (s=) and an invite code (i=); use the one the device or the admin gave you' };
    }
    const invited = params.has('i');
    const deviceId = fromHex(params.get('id'), Sizes.DeviceId);
    const devicePublic = fromHex(params.get('pk'), Sizes.PublicKey);
    const credential = invited ? fromHex(params.get('i'), Sizes.InviteCode) : fromHex(params.get('s'), Sizes.Secret);
    if (!deviceId || !devicePublic) {
        return { error: 'the pairing code lacks a valid id or pk' };
    }
    if (!credential) {
        return { error: invited ? 'the invite code (i=) is not 32 hex digits' : 'the pairing code lacks a valid secret (s=) or invite code (i=)' };
    }
    if (!constantTimeEqual(await deviceIdOf(devicePublic), deviceId)) {
        return { error: 'the pairing code is forged or mistyped: its id is not derived from its device key' };
    }
    const kind = params.get('kind') || 'device';
    return { uri: { kind, deviceId, deviceIdHex: toHex(deviceId), devicePublic, credential, invited } };
}

/** The invite URI an admin hands to one new person (§4): the pinned device key with the armed code. */
export function formatInviteUri({ kind, deviceId, devicePublic, code }) {
    return `${Prefix}v=1&kind=${kind}&id=${toHex(deviceId)}&pk=${toHex(devicePublic)}&i=${toHex(code)}`;
}

/**
 * Parses ArmInvite's result data (§10.1, §13): code (16) || window open u8 || seconds left u16.
 * Returns { code, windowOpen, secondsLeft } or { reason }.
 */
export function parseArmInviteResult(data) {
    if (!(data instanceof Uint8Array) || data.length !== Sizes.ArmInviteResult) {
        return { reason: 'BadLength' };
    }
    const open = data[Sizes.InviteCode];
    if (open > 1) {
        return { reason: 'BadField' };
    }
    return { code: data.slice(0, Sizes.InviteCode), windowOpen: open === 1, secondsLeft: readU16(data, Sizes.InviteCode + 1) };
}

/** Builds the 82-byte PairingRequest. */
export async function buildPairingRequest({ uri, ownerPublic, ownerNonce, deviceNonce }) {
    const body = concat(Version, MessageType.PairingRequest, uri.deviceId, ownerPublic, ownerNonce, deviceNonce);
    const proofKey = await pairingProofKey(uri.credential, uri.deviceId);
    const proof = (await hmac(proofKey, body)).slice(0, Sizes.Tag);
    proofKey.fill(0);
    return concat(body, proof);
}

/**
 * Checks a PairingResponse against the request and the pinned device key. Returns
 * { done: true, keyId, role, counterStart, master } (master as bytes, for the caller to import),
 * { refused: reasonCode } for an authenticated refusal (RegistryFull), or { reason } when the bytes are not an
 * authentic answer to this request (keep waiting for the real device).
 */
export async function completePairing({ uri, ownerPrivate, ownerPublic, request, response }) {
    if (!(response instanceof Uint8Array) || response.length !== Sizes.PairingResponse) {
        return { reason: 'BadLength' };
    }
    if (response[0] !== Version || response[1] !== MessageType.PairingResponse) {
        return { reason: 'BadType' };
    }
    if (!constantTimeEqual(response.subarray(2, 10), uri.deviceId)) {
        return { reason: 'WrongDevice' };
    }
    if (!constantTimeEqual(response.subarray(10, 26), request.subarray(42, 58))) {
        return { reason: 'BadField' };
    }
    const shared = await x25519(ownerPrivate, uri.devicePublic);
    if (!shared) {
        return { reason: 'WeakPublicKey' };
    }
    const master = await masterKey(uri.credential, shared, uri.deviceId, uri.devicePublic, ownerPublic);
    shared.fill(0);
    const confirm = await subKey(master, Labels.PairConfirm, uri.deviceId, 32);
    const tag = (await hmac(confirm, concat(response.subarray(0, 37), request))).slice(0, Sizes.Tag);
    confirm.fill(0);
    if (!constantTimeEqual(tag, response.subarray(37, 53))) {
        master.fill(0);
        return { reason: 'BadTag' };
    }
    const reason = response[26];
    if (reason !== 0) {
        master.fill(0);
        return { refused: reason };
    }
    return { done: true, keyId: response[27], role: response[28], counterStart: readI64(response, 29), master };
}

