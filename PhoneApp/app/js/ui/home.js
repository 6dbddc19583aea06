// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// Home (paired devices, guest passes held) and a device's screen with its tabs.

import { h, screen } from './dom.js';
import { app, openDevice } from './runtime.js';
import { garageMain } from './garage.js';
import { doorbellMain } from './doorbell.js';
import { auditTab, keysTab, passesTab, settingsTab } from './admin.js';

export async function homeScreen() {
    const devices = await app.store.all('devices');
    const passes = await app.store.all('passes');
    const pill = (d) => {
        const ch = app.channels.get(d.deviceIdHex);
        return ch && ch.online !== null ? (ch.online ? 'online' : 'offline') : '…';
    };
    screen(h('h2', {}, 'Your devices'),
        h('div#devices', {}, devices.length ? devices.map((d) => h('a.device', { href: `#/device/${d.deviceIdHex}`, dataset: { id: d.deviceIdHex, kind: d.kind } },
            h('strong', {}, d.name), ` · ${d.kind} · key ${d.keyId} (${d.role}) · `, h('span.pill', {}, pill(d))))
            : h('p', {}, 'Nothing paired yet.')),
        h('a', { href: '#/pair' }, h('button#pair-start.big', {}, 'Pair a device')),
        passes.length ? h('h2', {}, 'Guest passes') : null,
        passes.map((p) => h('a.pass', { href: `#/pass/${encodeURIComponent(p.id)}`, dataset: { id: p.id } }, `Guest pass for ${p.deviceName} (${p.kind})`)),
        h('p', {}, 'This phone\'s key fingerprint: ', h('span#fingerprint.mono', {}, app.fingerprint)));
    return { update: (what) => { if (what === 'status' || what === 'devices') homeScreen(); } };
}

const Tabs = [['main', 'Control'], ['audit', 'Audit log'], ['keys', 'Keys'], ['passes', 'Guest passes'], ['settings', 'Settings']];

export async function deviceScreen(idHex, tab = 'main') {
    const record = await app.store.get('devices', idHex);
    if (!record) {
        screen(h('p', {}, 'Not paired with this device.'));
        return null;
    }
    const channel = await openDevice(record);
    const online = h('span#online.pill');
    const showOnline = () => {
        online.textContent = channel.online === null ? 'status unknown' : channel.online ? 'online' : 'offline';
        online.className = 'pill ' + (channel.online ? 'ok' : channel.online === false ? 'bad' : '');
    };
    showOnline();
    const admin = record.role === 'admin';
    const tabs = h('div.tabs', {}, Tabs.filter(([t]) => admin || t === 'main').map(([t, label]) =>
        h(`button#tab-${t}`, { class: t === tab ? 'active' : '', onclick: () => { location.hash = `#/device/${idHex}/${t}`; } }, label)));
    const body = tab === 'audit' ? auditTab(record, channel) : tab === 'keys' ? keysTab(record, channel)
        : tab === 'passes' ? passesTab(record, channel) : tab === 'settings' ? settingsTab(record, channel)
            : record.kind === 'garage' ? garageMain(record, channel) : doorbellMain(record, channel);
    screen(h('h2', {}, `${record.name} `, online), h('p', {}, `${record.kind} · key ${record.keyId} (${record.role})`), tabs, body.view);
    return {
        update: (what) => {
            showOnline();
            if (body.update) body.update(what);
        },
        dispose: () => body.dispose && body.dispose(),
    };
}
