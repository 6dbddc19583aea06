// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// Service worker: keeps the app's own files so it opens offline. Network first (a fresh deploy wins at once),
// the cache when the network fails. The broker traffic (WebSockets) never passes through here.

const Cache = 'okf-phone-v2';
const Files = [
    './', 'index.html', 'app.css', 'manifest.webmanifest', 'icon.svg',
    'js/ui/app.js', 'js/ui/dom.js', 'js/ui/art.js', 'js/ui/home.js', 'js/ui/pair.js', 'js/ui/garage.js', 'js/ui/doorbell.js',
    'js/ui/admin.js', 'js/ui/invite.js', 'js/ui/qr.js', 'js/ui/guest.js', 'js/ui/runtime.js', 'js/store.js',
    'js/client/link.js', 'js/client/channel.js', 'js/client/errors.js',
    'js/protocol/bytes.js', 'js/protocol/constants.js', 'js/protocol/crypto.js', 'js/protocol/keys.js', 'js/protocol/messages.js',
    'js/protocol/session.js', 'js/protocol/replay-window.js', 'js/protocol/pairing.js', 'js/protocol/device.js',
    'js/protocol/reasons.js', 'js/protocol/audit.js',
    'vendor/mqtt.esm.js', 'vendor/qrcode.mjs', 'vendor/jsQR.js',
];

self.addEventListener('install', (event) => {
    event.waitUntil(caches.open(Cache).then((c) => c.addAll(Files)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
    event.waitUntil(caches.keys()
        .then((names) => Promise.all(names.filter((n) => n !== Cache).map((n) => caches.delete(n))))
        .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    if (event.request.method !== 'GET' || url.origin !== self.location.origin) {
        return;
    }
    event.respondWith(fetch(event.request)
        .then((response) => {
            const copy = response.clone();
            caches.open(Cache).then((c) => c.put(event.request, copy));
            return response;
        })
        .catch(() => caches.match(event.request, { ignoreSearch: true })));
});

self.addEventListener('notificationclick', (event) => {
    event.notification.close();
    event.waitUntil(self.clients.matchAll({ type: 'window' }).then((list) => (list[0] ? list[0].focus() : self.clients.openWindow('./'))));
});
