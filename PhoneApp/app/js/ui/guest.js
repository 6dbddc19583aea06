// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// Guest passes in the same app: open the link an admin sent (#/guest?p=...), keep the pass (its key as a
// non-extractable CryptoKey), and use the actions it allows. No account, no pairing.

import { h, screen, say, attempt } from './dom.js';
import { app, openPass, connectBroker, changed } from './runtime.js';
import { fromHex } from '../protocol/bytes.js';
import { importHmacKey } from '../protocol/crypto.js';
import { parsePassBody } from '../protocol/messages.js';
import { FirstDeviceAction } from '../protocol/constants.js';
import { describeReason } from '../protocol/reasons.js';

const Names = {
    garage: { 0x20: 'Status', 0x21: 'Open', 0x22: 'Close', 0x23: 'Stop' },
    doorbell: { 0x20: 'Status', 0x26: 'Unlock door', 0x27: 'Lock door' },
};

/** Decodes the link's payload; throws in words when it is not a pass. */
function decodeLink(p) {
    let payload;
    try {
        payload = JSON.parse(atob(p.replace(/-/g, '+').replace(/_/g, '/')));
    } catch {
        throw new Error('This guest pass link is damaged (copy the whole link).');
    }
    const body = fromHex(payload.b, 27);
    const g = fromHex(payload.g, 32);
    const pass = body && parsePassBody(body);
    if (payload.v !== 1 || !fromHex(payload.d, 8) || !g || !pass || pass.reason) {
        throw new Error('This guest pass link is damaged (copy the whole link).');
    }
    return { payload, body, g, pass };
}

export async function acceptPassScreen(p) {
    const { payload, body, g, pass } = decodeLink(p);
    const id = `${payload.d}:${pass.passId}`;
    const existing = await app.store.get('passes', id);
    if (!existing) {
        await app.store.put('passes', {
            id, deviceIdHex: payload.d, kind: payload.k, deviceName: payload.n || payload.k, issuer: payload.i, passId: pass.passId,
            passBody: body, master: await importHmacKey(g), mask: pass.actionMask, maxUses: pass.maxUses,
            notAfter: Number(pass.notAfter), nextCounter: 1n, receivedHighest: 0n,
        });
        g.fill(0);
        if (payload.m && !(await app.store.setting('broker', ''))) {
            await app.store.setSetting('broker', payload.m);
            await connectBroker();
        }
        changed('passes');
    }
    location.replace(`#/pass/${encodeURIComponent(id)}`);
}

export async function passScreen(id) {
    const pass = await app.store.get('passes', id);
    if (!pass) {
        screen(h('p', {}, 'This guest pass is not on this phone.'));
        return;
    }
    const channel = await openPass(pass);
    const out = h('p#guest-result');
    const buttons = [];
    for (let bit = 0; bit < 32; bit++) {
        const code = FirstDeviceAction + bit;
        if ((pass.mask >>> bit) & 1) {
            const label = (Names[pass.kind] || {})[code] || `action 0x${code.toString(16)}`;
            const args = pass.kind === 'doorbell' && code === 0x26 ? new Uint8Array([5]) : new Uint8Array(0);
            buttons.push(h('button.guest-action.big', { dataset: { action: code }, onclick: () => attempt(async () => {
                say(`${label}…`);
                const r = await channel.execute(code, args);
                out.textContent = r.reason === 0 ? `${label}: done.` : `${label}: refused: ${describeReason(r.reason)}.`;
                say(out.textContent, r.reason !== 0);
            }) }, label));
        }
    }
    screen(h('h2', {}, `Guest pass for ${pass.deviceName}`),
        h('p', {}, `Pass ${pass.passId.toString(16).padStart(8, '0')}, up to ${pass.maxUses} uses, valid until ${new Date(pass.notAfter * 1000).toLocaleString()}.`),
        h('div.card', {}, ...buttons), out,
        h('button.danger', { onclick: () => attempt(async () => { await app.store.delete('passes', id); location.hash = '#/'; }) }, 'Remove this pass'));
}
