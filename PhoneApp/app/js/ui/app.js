// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// Entry point: starts the runtime and routes #/ paths to screens; the app settings screen lives here.

import { h, screen, say, attempt } from './dom.js';
import { app, startRuntime, connectBroker } from './runtime.js';
import { homeScreen, deviceScreen } from './home.js';
import { pairScreen } from './pair.js';
import { acceptPassScreen, passScreen } from './guest.js';

let current = null;

function settingsScreen() {
    const broker = h('input#broker-url', { size: 36, placeholder: 'wss://broker.example:8884' });
    app.store.setting('broker', '').then((v) => { broker.value = v; });
    const perm = 'Notification' in globalThis ? Notification.permission : 'unsupported';
    const muted = h('input#notify-muted', { type: 'checkbox' });
    app.store.setting('notify-muted', false).then((v) => { muted.checked = v; });
    muted.addEventListener('change', () => app.store.setSetting('notify-muted', muted.checked));
    screen(h('h2', {}, 'Settings'),
        h('div.card', {}, h('p', {}, 'MQTT broker (WebSockets; wss:// when the app is served over HTTPS):'), broker,
            h('button#broker-save', { onclick: () => attempt(async () => {
                if (!/^wss?:\/\//.test(broker.value.trim())) throw new Error('The broker address must start with ws:// or wss://.');
                await app.store.setSetting('broker', broker.value.trim());
                await connectBroker();
                await app.link.connect();
                say('Connected to the broker.');
            }) }, 'Save and connect')),
        h('div.card', {}, h('p', {}, `Ring notifications while the app is in the background: ${perm}.`),
            h('button#notify-allow', { onclick: () => attempt(async () => { say(`Notifications: ${await Notification.requestPermission()}.`); }) }, 'Allow notifications'),
            h('label', {}, muted, ' silence ring notifications on this phone')),
        h('div.card', {}, h('p', {}, 'This phone\'s key fingerprint: ', h('span.mono', {}, app.fingerprint)),
            h('p', {}, 'The private key never leaves this browser: it is stored as a non-extractable WebCrypto key.')));
}

async function route() {
    if (current && current.dispose) current.dispose();
    current = null;
    say('');
    const [path, query] = location.hash.replace(/^#/, '').split('?');
    const parts = path.split('/').filter(Boolean);
    try {
        if (parts[0] === 'pair') pairScreen();
        else if (parts[0] === 'settings') settingsScreen();
        else if (parts[0] === 'device') current = await deviceScreen(parts[1], parts[2]);
        else if (parts[0] === 'guest') await acceptPassScreen(new URLSearchParams(query).get('p') || '');
        else if (parts[0] === 'pass') await passScreen(decodeURIComponent(parts[1]));
        else current = await homeScreen();
    } catch (e) {
        say(e.message, true);
    }
}

function showBroker() {
    const el = document.getElementById('broker-state');
    const connected = app.link && app.link.connected;
    el.textContent = !app.link ? 'broker: not set' : connected ? 'broker: connected' : 'broker: unreachable';
    el.className = 'pill ' + (connected ? 'ok' : 'bad');
}

app.listeners.add((what) => {
    if (what === 'broker') showBroker();
    if (current && current.update) current.update(what);
});

attempt(async () => {
    await startRuntime();
    showBroker();
    window.addEventListener('hashchange', route);
    await route();
    document.body.dataset.ready = '1';
});
