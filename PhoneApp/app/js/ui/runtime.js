// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// The running app: storage, the owner key, one broker link, one channel per paired device and per guest pass,
// live rings and garage states, notifications.

import mqtt from '../../vendor/mqtt.esm.js';
import { Store } from '../store.js';
import { Link } from '../client/link.js';
import { DeviceChannel } from '../client/channel.js';
import { generateX25519 } from '../protocol/crypto.js';
import { fingerprintOf } from '../protocol/keys.js';
import { Topics } from '../protocol/constants.js';
import { parseDoorbellEvent, parseGarageSnapshot } from '../protocol/device.js';

export const app = {
    store: null,
    link: null,
    owner: null,
    channels: new Map(),
    rings: [],
    garage: new Map(),
    listeners: new Set(),
};

/** Tells the current screen that something changed. */
export function changed(what) {
    for (const fn of app.listeners) {
        fn(what);
    }
}

export async function startRuntime() {
    app.store = await Store.open();
    const query = new URLSearchParams(location.search);
    if (query.get('broker')) {
        await app.store.setSetting('broker', query.get('broker'));
    }
    app.owner = await app.store.get('owner', 'self');
    if (!app.owner) {
        // The private key is generated inside WebCrypto as non-extractable: no script can read it, only use it.
        const pair = await generateX25519();
        app.owner = { privateKey: pair.privateKey, publicKey: pair.publicKey, created: new Date().toISOString() };
        await app.store.put('owner', app.owner, 'self');
    }
    app.fingerprint = fingerprintOf(app.owner.publicKey);
    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register('sw.js').catch(() => {});
    }
    await connectBroker();
}

/** (Re)creates the broker link from the saved address and restarts every channel on it. */
export async function connectBroker() {
    const url = await app.store.setting('broker', '');
    for (const ch of app.channels.values()) {
        ch.stop();
    }
    app.channels.clear();
    if (app.link) {
        app.link.close();
    }
    app.link = null;
    if (!url) {
        changed('broker');
        return;
    }
    app.link = new Link(mqtt, url);
    app.link.onState(() => changed('broker'));
    for (const device of await app.store.all('devices')) {
        await openDevice(device);
    }
    app.link.connect().catch(() => changed('broker'));
}

/** The channel of a paired device (started on first use). */
export async function openDevice(record) {
    let ch = app.channels.get(record.deviceIdHex);
    if (ch) {
        return ch;
    }
    if (!app.link) {
        throw new Error('Set the broker address in Settings first.');
    }
    ch = await new DeviceChannel({
        link: app.link, record, counters: app.store.counters('devices', record.deviceIdHex),
        replyTopic: Topics.ownerOut(record.deviceIdHex, record.keyId),
    }).start();
    ch.onStatus(() => changed('status'));
    ch.onEvent((event) => onEvent(record, event));
    app.channels.set(record.deviceIdHex, ch);
    return ch;
}

/** The channel of a guest pass held by this phone. */
export async function openPass(pass) {
    const key = 'pass:' + pass.id;
    let ch = app.channels.get(key);
    if (!ch) {
        ch = await new DeviceChannel({
            link: app.link, record: { ...pass, name: pass.deviceName, keyId: pass.issuer }, counters: app.store.counters('passes', pass.id),
            replyTopic: Topics.guestOut(pass.deviceIdHex, pass.issuer, pass.passId),
        }).start();
        ch.onStatus(() => changed('status'));
        app.channels.set(key, ch);
    }
    return ch;
}

function onEvent(record, event) {
    if (record.kind === 'doorbell') {
        const ring = parseDoorbellEvent(event.code, event.data);
        if (ring) {
            const at = event.time > 0n ? new Date(Number(event.time) * 1000) : new Date();
            app.rings.unshift({ device: record.name, deviceIdHex: record.deviceIdHex, at, ...ring });
            notify(record, ring, at);
            changed('ring');
        }
    } else if (record.kind === 'garage' && event.code === 1) {
        const snapshot = parseGarageSnapshot(event.data);
        if (snapshot) {
            app.garage.set(record.deviceIdHex, snapshot);
            changed('garage');
        }
    }
}

async function notify(record, ring, at) {
    const muted = await app.store.setting('notify-muted', false);
    if (!document.hidden || muted || !('Notification' in globalThis) || Notification.permission !== 'granted') {
        return;
    }
    const text = `${ring.kind === 'ring' ? 'Someone is at the door' : 'Motion'} (${record.name}, ${at.toLocaleTimeString()})`;
    const reg = await navigator.serviceWorker?.getRegistration();
    if (reg) {
        reg.showNotification('okf doorbell', { body: text, tag: 'ring-' + ring.sequence });
    } else {
        new Notification('okf doorbell', { body: text });
    }
}
