// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// The app's protocol module against docs/test-vectors.json and docs/device-vectors.json, under Node's WebCrypto.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromHex, toHex } from '../app/js/protocol/bytes.js';
import { Labels } from '../app/js/protocol/constants.js';
import { importX25519Private, x25519, x25519Public } from '../app/js/protocol/crypto.js';
import { deviceIdOf, guestMaster, pairingProofKey, subKey } from '../app/js/protocol/keys.js';
import { encodePassBody, parseNonce, parsePassBody } from '../app/js/protocol/messages.js';
import {
    buildPairingRequest, completePairing, formatInviteUri, parseArmInviteResult, parsePairingUri,
} from '../app/js/protocol/pairing.js';
import { OwnerSession } from '../app/js/protocol/session.js';
import {
    encodeGarageSettings, parseDoorbellEvent, parseDoorbellSnapshot, parseGarageSettings, parseGarageSnapshot,
} from '../app/js/protocol/device.js';
import { parseAuditPage, readVerifiedAudit, walkAuditPage } from '../app/js/protocol/audit.js';

const docs = (name) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../docs/${name}`, import.meta.url)), 'utf8')).vectors;
const v = docs('test-vectors.json');
const d = docs('device-vectors.json');
const hex = (name) => fromHex(v[name]);
const dhex = (name) => fromHex(d[name]);
const time = BigInt(v['input.owner_time']);

async function pairedMaster() {
    const { uri } = await parsePairingUri(v['derived.pairing_uri']);
    const owner = await importX25519Private(hex('input.owner_private'));
    const result = await completePairing({
        uri, ownerPrivate: owner.privateKey, ownerPublic: owner.publicKey,
        request: hex('message.pairing_request'), response: hex('message.pairing_response'),
    });
    return { uri, result };
}

test('device identity: public key, id and pairing URI', async () => {
    const dpk = await x25519Public(hex('input.device_private'));
    assert.equal(toHex(dpk), v['derived.device_public']);
    assert.equal(toHex(await deviceIdOf(dpk)), v['derived.device_id']);
    const { uri } = await parsePairingUri(v['derived.pairing_uri']);
    assert.equal(uri.kind, 'garage');
    assert.equal(uri.deviceIdHex, v['derived.device_id']);
    assert.equal(uri.invited, false);
    assert.equal(toHex(uri.credential), v['input.pairing_secret']);
});

test('key schedule: proof key, owner public, shared secret', async () => {
    assert.equal(toHex(await pairingProofKey(hex('input.pairing_secret'), hex('derived.device_id'))), v['derived.pairing_proof_key']);
    const owner = await importX25519Private(hex('input.owner_private'));
    assert.equal(toHex(owner.publicKey), v['derived.owner_public']);
    assert.equal(toHex(await x25519(owner.privateKey, hex('derived.device_public'))), v['derived.shared_secret']);
});

test('nonce message parses', () => {
    const n = parseNonce(hex('message.nonce'));
    assert.equal(toHex(n.deviceId), v['derived.device_id']);
    assert.equal(toHex(n.nonce), v['input.device_nonce']);
});

test('pairing request is byte-identical', async () => {
    const { uri } = await parsePairingUri(v['derived.pairing_uri']);
    const request = await buildPairingRequest({
        uri, ownerPublic: hex('derived.owner_public'), ownerNonce: hex('input.owner_nonce'), deviceNonce: hex('input.device_nonce'),
    });
    assert.equal(toHex(request), v['message.pairing_request']);
});

test('pairing response confirms with the pinned key and yields the master key', async () => {
    const { uri, result } = await pairedMaster();
    assert.equal(result.done, true);
    assert.equal(result.keyId, 1);
    assert.equal(result.role, 1);
    assert.equal(result.counterStart, 1n);
    assert.equal(toHex(result.master), v['derived.master_key']);
    const m = result.master;
    assert.equal(toHex(await subKey(m, Labels.PairConfirm, uri.deviceId, 32)), v['derived.confirm_key']);
    assert.equal(toHex(await subKey(m, Labels.C2dEnc, uri.deviceId, 16)), v['derived.c2d_enc']);
    assert.equal(toHex(await subKey(m, Labels.C2dMac, uri.deviceId, 32)), v['derived.c2d_mac']);
    assert.equal(toHex(await subKey(m, Labels.D2cEnc, uri.deviceId, 16)), v['derived.d2c_enc']);
    assert.equal(toHex(await subKey(m, Labels.D2cMac, uri.deviceId, 32)), v['derived.d2c_mac']);
    assert.equal(toHex(await subKey(m, Labels.PassIssue, uri.deviceId, 32)), v['derived.pass_issue_key']);
});

test('owner commands are byte-identical and results/events open', async () => {
    const { uri, result } = await pairedMaster();
    const s = await OwnerSession.create({ master: result.master, deviceId: uri.deviceId, keyId: 1 });
    const nonce = hex('input.device_nonce');
    assert.equal(toHex(await s.seal({ counter: 1n, nonce, ownerTime: time, action: 0x01 })), v['message.command_ping']);
    assert.equal(toHex(await s.seal({ counter: 2n, nonce, ownerTime: time, action: 0x20, args: new Uint8Array([1, 2, 3]) })),
        v['message.command_open']);
    const ping = await s.open(hex('message.result_ping'));
    assert.deepEqual([ping.type, ping.commandCounter, ping.action, ping.reason, ping.data.length], ['result', 1n, 0x01, 0, 0]);
    const open = await s.open(hex('message.result_open'));
    assert.deepEqual([open.commandCounter, open.action, open.reason], [2n, 0x20, 0]);
    const event = await s.open(hex('message.event'));
    assert.deepEqual([event.type, event.code, event.deviceCounter, new TextDecoder().decode(event.data)], ['event', 0x81, 3n, 'ring']);
    assert.equal(s.receivedHighest, 3n);
});

test('guest pass: body, guest master, guest command and its result', async () => {
    const { uri, result } = await pairedMaster();
    const body = parsePassBody(hex('message.guest_pass_body'));
    assert.deepEqual([body.passId, body.epoch, body.actionMask, body.maxUses], [0x01020304, 0, 3, 5]);
    assert.equal(toHex(encodePassBody(body)), v['message.guest_pass_body']);
    const g = await guestMaster(result.master, uri.deviceId, 1, hex('message.guest_pass_body'));
    assert.equal(toHex(g), v['derived.guest_master']);
    const guest = await OwnerSession.create({ master: g, deviceId: uri.deviceId, keyId: 1, passBody: hex('message.guest_pass_body') });
    const sealed = await guest.seal({ counter: 1n, nonce: hex('input.device_nonce'), ownerTime: time, action: 0x20 });
    assert.equal(toHex(sealed), v['message.command_guest_open']);
    const answer = await guest.open(hex('message.result_guest_open'));
    assert.deepEqual([answer.type, answer.commandCounter, answer.action, answer.reason], ['result', 1n, 0x20, 0]);
});

/** The invite vectors' second owner: private key 0x21..0x40, owner nonce 0x30..0x3f (VectorGenerator). */
const sequence = (length, start) => Uint8Array.from({ length }, (_, i) => start + i);

test('invite: ArmInvite result data and the invite URI the admin hands out', async () => {
    const armed = parseArmInviteResult(hex('message.arm_invite_result_data'));
    assert.equal(armed.windowOpen, false);
    assert.equal(armed.secondsLeft, 120);
    const { uri: pinned } = await parsePairingUri(v['derived.pairing_uri']);
    const text = formatInviteUri({ kind: pinned.kind, deviceId: pinned.deviceId, devicePublic: pinned.devicePublic, code: armed.code });
    assert.equal(text, v['derived.invite_uri']);
    const { uri } = await parsePairingUri(text);
    assert.equal(uri.invited, true);
    assert.equal(uri.deviceIdHex, v['derived.device_id']);
    assert.equal(toHex(uri.credential), toHex(armed.code));
    assert.equal(toHex(await pairingProofKey(uri.credential, uri.deviceId)), v['derived.invite_proof_key']);
});

test('invite: the second owner\'s request is byte-identical and its response yields a member master key', async () => {
    const { uri } = await parsePairingUri(v['derived.invite_uri']);
    const owner = await importX25519Private(sequence(32, 0x21));
    const request = await buildPairingRequest({
        uri, ownerPublic: owner.publicKey, ownerNonce: sequence(16, 0x30), deviceNonce: hex('input.device_nonce'),
    });
    assert.equal(toHex(request), v['message.invite_pairing_request']);
    const result = await completePairing({
        uri, ownerPrivate: owner.privateKey, ownerPublic: owner.publicKey, request, response: hex('message.invite_pairing_response'),
    });
    assert.deepEqual([result.done, result.keyId, result.role, result.counterStart], [true, 2, 2, 1n]);
    assert.equal(toHex(result.master), v['derived.invite_master_key']);
    // The code, not the device's printed secret, keys the exchange: the same answer read with the secret fails.
    const { uri: printed } = await parsePairingUri(v['derived.pairing_uri']);
    const withSecret = await completePairing({
        uri: printed, ownerPrivate: owner.privateKey, ownerPublic: owner.publicKey, request, response: hex('message.invite_pairing_response'),
    });
    assert.equal(withSecret.reason, 'BadTag');
});

test('device layer: garage snapshots', () => {
    const closed = parseGarageSnapshot(dhex('garage.snapshot.closed_owner'));
    assert.deepEqual([closed.state.name, closed.causeKind, closed.causeId, closed.lockout], ['closed', 1, 1, false]);
    const closing = parseGarageSnapshot(dhex('garage.snapshot.closing_guest'));
    assert.deepEqual([closing.state.name, closing.lockout, closing.warning, closing.causeKind, closing.causeId, closing.direction],
        ['closing', true, true, 2, 0x01020304, 2]);
    const fault = parseGarageSnapshot(dhex('garage.snapshot.fault_arrival'));
    assert.deepEqual([fault.state.name, fault.fault, fault.obstructed, fault.suspended, fault.causeKind], ['fault', 0x51, true, true, 4]);
});

test('device layer: garage settings encode and clamp like the device', () => {
    const custom = parseGarageSettings(dhex('garage.settings.custom'));
    assert.equal(toHex(encodeGarageSettings(custom)), d['garage.settings.custom']);
    assert.equal(toHex(encodeGarageSettings(parseGarageSettings(dhex('garage.settings.defaults')))), d['garage.settings.defaults']);
    const wild = parseGarageSettings(dhex('garage.settings.request_out_of_range'));
    assert.equal(toHex(encodeGarageSettings(wild)), d['garage.settings.request_out_of_range.effective']);
});

test('device layer: doorbell snapshots and ring event', () => {
    const idle = parseDoorbellSnapshot(dhex('doorbell.snapshot.idle'));
    assert.deepEqual([idle.online, idle.chime, idle.motionFitted, idle.muted, idle.lastEvent], [true, true, true, false, 0]);
    const m = parseDoorbellSnapshot(dhex('doorbell.snapshot.muted_unlocked'));
    assert.deepEqual([m.muted, m.strikeUnlocked, m.muteLeft, m.strikeLeftMs, m.lastEvent, m.suppressed, m.queued, m.dropped],
        [true, true, 600, 4500, 42, 3, 1, 2]);
    const ring = parseDoorbellEvent(dhex('doorbell.event.ring.code')[0], dhex('doorbell.event.ring.data'));
    assert.deepEqual(ring, { kind: 'ring', sequence: 7, chimed: true, suppressed: 5 });
});

test('device layer: audit pages verify, link and pin', async () => {
    const page = parseAuditPage(dhex('audit.page.from_1'));
    assert.equal(page.entries.length, 3);
    assert.equal(toHex(page.entries[0].bytes), d['audit.entry.1']);
    const walked = await walkAuditPage(page);
    assert.deepEqual(walked.hashes.map(toHex), ['1', '2', '3'].map((n) => d[`audit.hash_after.${n}`]));
    const page3 = parseAuditPage(dhex('audit.page.from_3'));
    assert.equal((await walkAuditPage(page3)).reason, undefined);
    const read = await readVerifiedAudit(async () => dhex('audit.page.from_1'), null);
    assert.equal(read.entries.length, 3);
    assert.equal(toHex(read.pin.hash), d['audit.hash_after.3']);
    const again = await readVerifiedAudit(async () => dhex('audit.page.from_1'), { sequence: 2, hash: dhex('audit.hash_after.2') });
    assert.equal(again.pinChecked, true);
});
