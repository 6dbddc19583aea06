// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// Bad input against the app's protocol module: every refusal has a reason, nothing throws, nothing is accepted
// twice. Built on the vector messages of docs/test-vectors.json.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromHex } from '../app/js/protocol/bytes.js';
import { importX25519Private } from '../app/js/protocol/crypto.js';
import { completePairing, parseArmInviteResult, parsePairingUri } from '../app/js/protocol/pairing.js';
import { OwnerSession } from '../app/js/protocol/session.js';
import { ReplayWindow } from '../app/js/protocol/replay-window.js';
import { parseNonce, parsePassBody } from '../app/js/protocol/messages.js';
import { readVerifiedAudit } from '../app/js/protocol/audit.js';

const load = (n) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../docs/${n}`, import.meta.url)), 'utf8')).vectors;
const v = load('test-vectors.json');
const d = load('device-vectors.json');
const hex = (n) => fromHex(v[n]);

async function session(keyId = 1) {
    const { uri } = await parsePairingUri(v['derived.pairing_uri']);
    return OwnerSession.create({ master: hex('derived.master_key'), deviceId: uri.deviceId, keyId });
}

test('a flipped bit anywhere in a result is refused, and the window is untouched', async () => {
    const good = hex('message.result_open');
    for (let i = 0; i < good.length; i++) {
        const s = await session();
        const bad = good.slice();
        bad[i] ^= 0x01;
        const r = await s.open(bad);
        assert.equal(typeof r.reason, 'string', `byte ${i}`);
        assert.equal(s.receivedHighest, 0n);
    }
});

test('replayed, truncated, oversized, wrong device and wrong key id', async () => {
    const s = await session();
    assert.equal((await s.open(hex('message.result_ping'))).type, 'result');
    assert.equal((await s.open(hex('message.result_ping'))).reason, 'Replayed');
    assert.equal((await s.open(hex('message.result_open').slice(0, 40))).reason, 'BadLength');
    assert.equal((await s.open(new Uint8Array(300))).reason, 'BadLength');
    assert.equal((await s.open(new Uint8Array(0))).reason, 'BadLength');
    const other = await session(2);
    assert.equal((await other.open(hex('message.result_open'))).reason, 'UnknownKey');
    const moved = hex('message.result_open');
    moved[2] ^= 0xff;
    assert.equal((await s.open(moved)).reason, 'WrongDevice');
});

test('replay window: in-order, reordered inside 96, too old, duplicates', () => {
    const w = new ReplayWindow(0n);
    const cases = [[1n, true], [1n, false], [5n, true], [3n, true], [3n, false], [200n, true], [104n, false], [105n, true], [105n, false], [0n, false]];
    for (const [c, ok] of cases) {
        assert.equal(w.isAcceptable(c), ok, `counter ${c}`);
        if (ok) w.accept(c);
    }
    assert.equal(new ReplayWindow(10n).isAcceptable(10n), false);
});

test('pairing codes: forged id, missing fields, wrong version, not a code', async () => {
    const uri = v['derived.pairing_uri'];
    assert.match((await parsePairingUri(uri.replace('id=8a4f', 'id=8a4e'))).error, /forged or mistyped/);
    assert.ok((await parsePairingUri(uri.replace(/&s=[0-9a-f]+/, ''))).error);
    assert.ok((await parsePairingUri(uri.replace('v=1', 'v=2'))).error);
    assert.ok((await parsePairingUri('https://example.invalid')).error);
    assert.ok((await parsePairingUri(undefined)).error);
    assert.equal((await parsePairingUri(uri.replace('okf://pair?', 'okf://pair?extra=1&'))).uri.kind, 'garage');
});

test('invite codes: both s= and i=, a short code, and damaged ArmInvite results are refused in words', async () => {
    const invite = v['derived.invite_uri'];
    const code = /&i=([0-9a-f]+)/.exec(invite)[1];
    assert.match((await parsePairingUri(`${invite}&s=${code}`)).error, /both a device secret \(s=\) and an invite code \(i=\)/);
    assert.match((await parsePairingUri(invite.replace(`i=${code}`, `i=${code.slice(2)}`))).error, /invite code/);
    assert.match((await parsePairingUri(invite.replace('pk=79a6', 'pk=79a7'))).error, /forged or mistyped/);
    assert.match((await parsePairingUri(invite.replace('kind=garage', 'kind=%zz'))).error, /malformed/);
    const data = hex('message.arm_invite_result_data');
    assert.equal(parseArmInviteResult(data.slice(0, 18)).reason, 'BadLength');
    assert.equal(parseArmInviteResult(undefined).reason, 'BadLength');
    const badFlag = data.slice();
    badFlag[16] = 2;
    assert.equal(parseArmInviteResult(badFlag).reason, 'BadField');
    badFlag[16] = 1;
    assert.deepEqual([parseArmInviteResult(badFlag).windowOpen, parseArmInviteResult(badFlag).secondsLeft], [true, 120]);
});

test('pairing response from anything but the pinned device key fails', async () => {
    const { uri } = await parsePairingUri(v['derived.pairing_uri']);
    const owner = await importX25519Private(hex('input.owner_private'));
    const base = { uri, ownerPrivate: owner.privateKey, ownerPublic: owner.publicKey, request: hex('message.pairing_request') };
    const response = hex('message.pairing_response');
    for (const at of [27, 28, 30, 40, 52]) {
        const bad = response.slice();
        bad[at] ^= 1;
        assert.equal((await completePairing({ ...base, response: bad })).reason, 'BadTag', `byte ${at}`);
    }
    const otherKey = { ...uri, devicePublic: hex('derived.owner_public') };
    assert.equal((await completePairing({ ...base, uri: otherKey, response })).reason, 'BadTag');
    const otherNonce = response.slice();
    otherNonce[12] ^= 1;
    assert.equal((await completePairing({ ...base, response: otherNonce })).reason, 'BadField');
    assert.equal((await completePairing({ ...base, response: response.slice(0, 50) })).reason, 'BadLength');
});

test('nonce and pass body parsers refuse bad shapes', () => {
    assert.equal(parseNonce(new Uint8Array(17)).reason, 'BadLength');
    const n = hex('message.nonce');
    n[1] = 0x04;
    assert.equal(parseNonce(n).reason, 'BadType');
    const body = hex('message.guest_pass_body');
    body[10] = 0;
    assert.equal(parsePassBody(body).reason, 'BadField');
});

test('audit: a changed entry, a broken link and a rolled-back head are caught', async () => {
    const page = fromHex(d['audit.page.from_1']);
    const edited = page.slice();
    edited[74 + 24 + 22] ^= 1;
    await assert.rejects(readVerifiedAudit(async () => edited, null), /failed verification/);
    await assert.rejects(readVerifiedAudit(async () => page, { sequence: 2, hash: fromHex(d['audit.hash_after.1']) }), /changed since/);
    await assert.rejects(readVerifiedAudit(async () => page, { sequence: 9, hash: fromHex(d['audit.hash_after.1']) }), /rolled back/);
});
