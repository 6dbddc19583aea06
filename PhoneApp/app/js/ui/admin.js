// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// Admin tabs of a device: the verified audit log, keys (list, revoke, invite someone), guest passes (issue as link
// and QR, revoke one or all) and the device's settings.

import { h, say, attempt } from './dom.js';
import { app } from './runtime.js';
import { concat, i64, readU16, toHex, u32 } from '../protocol/bytes.js';
import { FirstDeviceAction, ProtocolAction } from '../protocol/constants.js';
import { readVerifiedAudit } from '../protocol/audit.js';
import { DoorStates, actorKindName, encodeGarageSettings, parseDoorbellSettings, encodeDoorbellSettings } from '../protocol/device.js';
import { describeReason, reasonName } from '../protocol/reasons.js';
import { encodePassBody } from '../protocol/messages.js';
import { guestMaster } from '../protocol/keys.js';
import { randomBytes } from '../protocol/crypto.js';
import { qrImage } from './qr.js';
import { inviteCard } from './invite.js';

const ActionNames = {
    garage: { 0x20: 'status', 0x21: 'open', 0x22: 'close', 0x23: 'stop', 0x24: 'lock', 0x25: 'unlock', 0x26: 'settings', 0x3f: 'moved (no command)' },
    doorbell: { 0x20: 'status', 0x21: 'mute', 0x22: 'unmute', 0x23: 'do not disturb', 0x24: 'chime test', 0x25: 'snapshot', 0x26: 'unlock strike', 0x27: 'lock strike', 0x28: 'settings' },
    protocol: { 0x00: 'paired', 0x01: 'ping', 0x02: 'list keys', 0x03: 'revoke key', 0x04: 'rotate key', 0x05: 'set role', 0x06: 'revoke pass', 0x07: 'revoke all passes', 0x08: 'read audit', 0x09: 'arm invite' },
};

function actionName(kind, code) {
    return (code < FirstDeviceAction ? ActionNames.protocol : ActionNames[kind] || {})[code] || `0x${code.toString(16)}`;
}

export function auditTab(record, channel) {
    const rows = h('tbody#audit-rows');
    const note = h('p#audit-status');
    const read = h('button#audit-read', { onclick: () => attempt(async () => {
        say('Reading the audit log…');
        const report = await readVerifiedAudit(async (from) => (await channel.executeDone(ProtocolAction.ReadAudit, i64(from))).data, record.auditPin);
        record.auditPin = report.pin;
        await app.store.update('devices', record.deviceIdHex, (r) => { r.auditPin = report.pin; });
        rows.replaceChildren(...report.entries.slice().reverse().map((e) => h('tr', {},
            h('td', {}, e.sequence),
            h('td', {}, e.utc ? new Date(e.utc * 1000).toLocaleString() : `${Number(e.monotonicMs) / 1000} s after boot`),
            h('td', {}, `${actorKindName(e.actorKind)}${e.actorKind === 1 || e.actorKind === 2 ? ' ' + e.actorId.toString(record.kind && e.actorKind === 2 ? 16 : 10) : ''}`),
            h('td', {}, actionName(record.kind, e.action)),
            h('td', {}, e.result === 0 ? 'done' : reasonName(e.result)),
            h('td', {}, record.kind === 'garage' ? (DoorStates[e.state] || { name: '?' }).name : `flags ${e.state.toString(16)}`))));
        note.textContent = `Verified: ${report.entries.length} entries hash to the device's head ${report.head}`
            + (report.pinChecked ? ', and match what this phone verified before.' : '.');
        say('Audit log verified.');
    }) }, 'Read and verify');
    return { view: h('div.card', {}, read, note, h('table', {}, h('thead', {}, h('tr', {}, ...['#', 'when', 'who', 'what', 'result', 'state after'].map((t) => h('th', {}, t)))), rows)) };
}

export function keysTab(record, channel) {
    const rows = h('tbody#key-rows');
    const list = () => attempt(async () => {
        const data = (await channel.executeDone(ProtocolAction.ListKeys, new Uint8Array(0))).data;
        const keys = [];
        for (let i = 0, at = 1; i < data[0] && at + 10 <= data.length; i++, at += 10) {
            keys.push({ keyId: data[at], role: data[at + 1] === 1 ? 'admin' : data[at + 1] === 2 ? 'member' : 'other', fp: toHex(data.slice(at + 2, at + 10)) });
        }
        rows.replaceChildren(...keys.map((k) => h('tr', { dataset: { key: k.keyId } },
            h('td', {}, k.keyId), h('td', {}, k.role), h('td.mono', {}, k.fp + (k.fp === app.fingerprint ? ' (this phone)' : '')),
            h('td', {}, h('button.revoke.danger', { dataset: { key: k.keyId }, onclick: () => attempt(async () => {
                if (!confirm(`Revoke key ${k.keyId}? That phone can no longer use ${record.name}.`)) return;
                await channel.executeDone(ProtocolAction.RevokeKey, new Uint8Array([k.keyId]));
                say(`Key ${k.keyId} revoked.`);
                await list();
            }) }, 'Revoke')))));
        say(`${keys.length} keys.`);
    });
    return { view: h('div', {}, h('div.card', {}, h('button#keys-read', { onclick: list }, 'List keys'),
        h('table', {}, h('thead', {}, h('tr', {}, ...['key', 'role', 'fingerprint', ''].map((t) => h('th', {}, t)))), rows)),
    inviteCard(record, channel)) };
}

const PassActions = {
    garage: [[0x20, 'status'], [0x21, 'open'], [0x22, 'close'], [0x23, 'stop']],
    doorbell: [[0x26, 'unlock door'], [0x27, 'lock door'], [0x20, 'status']],
};

export function passesTab(record, channel) {
    const boxes = (PassActions[record.kind] || []).map(([code, label]) =>
        h('label', {}, h('input', { type: 'checkbox', name: 'pass-action', value: code, checked: code !== 0x22 && code !== 0x27 }), ` ${label} `));
    const uses = h('input#pass-uses', { type: 'number', min: 1, max: 255, value: 3, size: 4 });
    const hours = h('input#pass-hours', { type: 'number', min: 1, max: 8760, value: 24, size: 5 });
    const out = h('div#pass-out');
    const issue = h('button#pass-issue', { onclick: () => attempt(async () => {
        let mask = 0;
        for (const b of boxes) {
            const input = b.querySelector('input');
            if (input.checked) mask |= 1 << (Number(input.value) - FirstDeviceAction);
        }
        if (!mask) throw new Error('Tick at least one action for the pass.');
        const now = Math.floor(Date.now() / 1000);
        const passId = (new DataView(randomBytes(4).buffer).getUint32(0) | 1) >>> 0;
        const body = encodePassBody({ passId, epoch: record.passEpoch || 0, actionMask: mask >>> 0, maxUses: Number(uses.value),
            notBefore: BigInt(now - 60), notAfter: BigInt(now + Number(hours.value) * 3600) });
        const g = await guestMaster(record.master, new Uint8Array(record.deviceIdHex.match(/../g).map((x) => parseInt(x, 16))), record.keyId, body);
        const broker = await app.store.setting('broker', '');
        const payload = { v: 1, d: record.deviceIdHex, k: record.kind, n: record.name, i: record.keyId, b: toHex(body), g: toHex(g), m: broker };
        g.fill(0);
        const link = `${location.origin}${location.pathname}#/guest?p=${btoa(JSON.stringify(payload)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
        await app.store.put('issued', { id: `${record.deviceIdHex}:${passId}`, deviceIdHex: record.deviceIdHex, passId, mask, uses: Number(uses.value), expires: now + Number(hours.value) * 3600 });
        out.replaceChildren(h('p', {}, `Pass ${passId.toString(16).padStart(8, '0')} issued (no device contact needed). Send this link or show the QR code to the guest:`),
            h('textarea#pass-link.mono', { rows: 4, readonly: true }, link), h('div#pass-qr', {}, qrImage(link, 'guest pass QR code')),
            h('button#pass-revoke.danger', { onclick: () => attempt(async () => {
                await channel.executeDone(ProtocolAction.RevokePass, concat(record.keyId, u32(passId)));
                say(`Pass ${passId.toString(16).padStart(8, '0')} revoked.`);
            }) }, 'Revoke this pass'));
        say('Guest pass issued.');
    }) }, 'Issue guest pass');
    const revokeAll = h('button#pass-revoke-all.danger', { onclick: () => attempt(async () => {
        const result = await channel.executeDone(ProtocolAction.RevokeAllPasses, new Uint8Array(0));
        const epoch = readU16(result.data, 0);
        await app.store.update('devices', record.deviceIdHex, (r) => { r.passEpoch = epoch; });
        record.passEpoch = epoch;
        say(`All guest passes revoked (epoch ${epoch}).`);
    }) }, 'Revoke all passes');
    return { view: h('div.card', {}, h('p', {}, 'Allow: ', ...boxes), h('p', {}, 'Uses ', uses, ' valid for ', hours, ' hours'), issue, revokeAll, out) };
}

export function settingsTab(record, channel) {
    const form = h('div#device-settings');
    const field = (id, label, value) => h('p', {}, h('label', {}, `${label} `, h('input', { id, type: 'number', value })));
    if (record.kind === 'garage') {
        form.append(field('gs-pulse', 'relay pulse ms', 500), field('gs-gap', 'gap between pulses ms', 1500),
            field('gs-warning', 'close warning ms (at least 5000)', 5000), field('gs-departure', 'departure timeout ms', 4000),
            field('gs-margin', 'travel margin ms', 5000), field('gs-auto', 'auto-close minutes (0 off)', 0), field('gs-kind', 'opener: 0 one button, 1 separate buttons', 0),
            h('button#gs-save', { onclick: () => attempt(async () => {
                const v = (id) => Number(document.getElementById(id).value);
                const s = { pulseMs: v('gs-pulse'), gapMs: v('gs-gap'), warningMs: v('gs-warning'), departureMs: v('gs-departure'), marginMs: v('gs-margin'), autoCloseMinutes: v('gs-auto'), openerKind: v('gs-kind') };
                const bytes = encodeGarageSettings(s);
                await channel.executeDone(0x26, bytes);
                await app.store.setSetting(`garage-settings-${record.deviceIdHex}`, { warningMs: readU16(bytes, 4) });
                say(`Settings saved (close warning ${readU16(bytes, 4) / 1000} s; values are clamped to safe bounds).`);
            }) }, 'Save'));
    } else {
        const show = (s) => { form.querySelector('#ds-json').value = JSON.stringify(s, null, 1); };
        form.append(h('textarea#ds-json.mono', { rows: 12 }), h('button#ds-read', { onclick: () => attempt(async () => {
            show(parseDoorbellSettings((await channel.executeDone(0x28, new Uint8Array(0))).data));
        }) }, 'Read'), h('button#ds-save', { onclick: () => attempt(async () => {
            const r = await channel.execute(0x28, encodeDoorbellSettings(JSON.parse(form.querySelector('#ds-json').value)));
            if (r.data.length === 19) show(parseDoorbellSettings(r.data));
            say(r.reason === 0 ? 'Settings saved (clamped to the allowed bounds).' : `Refused: ${describeReason(r.reason)}.`, r.reason !== 0);
        }) }, 'Save'));
    }
    return { view: h('div.card', {}, form) };
}
