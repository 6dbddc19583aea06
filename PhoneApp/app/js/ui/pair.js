// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// The pairing screen: scan a QR code (BarcodeDetector, else jsQR on camera frames) or paste the URI: the device's
// own code (first owner) or an admin's invite (every later owner), said in words as soon as it is entered; check the
// pinned key, run the exchange, show the fingerprints. The protocol steps live in protocol/pairing.js.

import { h, screen, say, attempt } from './dom.js';
import { app, openDevice, changed } from './runtime.js';
import { buildPairingRequest, completePairing, parsePairingUri } from '../protocol/pairing.js';
import { Pairing, Role, Topics } from '../protocol/constants.js';
import { parseNonce } from '../protocol/messages.js';
import { randomBytes, importHmacKey } from '../protocol/crypto.js';
import { fingerprintOf } from '../protocol/keys.js';
import { describeReason } from '../protocol/reasons.js';
import { Errors } from '../client/errors.js';

export function pairScreen() {
    const kind = h('p#pair-kind');
    const input = h('textarea#pair-uri', { rows: 3, placeholder: 'okf://pair?v=1&kind=…', oninput: () => describe(input.value, kind) });
    const name = h('input#pair-name', { placeholder: 'name (optional, e.g. garage)' });
    const video = h('video', { playsinline: true, muted: true, hidden: true });
    const result = h('div#pair-result');
    const go = h('button#pair-go.big', { onclick: () => attempt(async () => {
        go.disabled = true;
        try {
            result.replaceChildren(await pair(input.value, name.value.trim()));
        } finally {
            go.disabled = false;
        }
    }) }, 'Pair');
    const scan = h('button#pair-scan', { onclick: () => attempt(() => scanQr(video, (text) => { input.value = text; describe(text, kind); })) }, 'Scan QR code');
    screen(h('h2', {}, 'Pair a device'),
        h('p', {}, `Hold the device's setup button ${Pairing.HoldSeconds} s until its light blinks (pairing window open for ${Pairing.WindowSeconds / 60} minutes), then scan or paste a code: `
            + 'the device\'s own QR code if nobody owns it yet, otherwise an invite from one of its admins (Keys, Invite someone).'),
        h('div.card', {}, scan, video, input, kind, name, go), result);
}

let described = 0;

/** Says which kind of code was entered: the device's own (first owner only) or an admin's invite. */
async function describe(text, out) {
    const turn = ++described;
    if (!text.trim()) {
        out.textContent = '';
        return;
    }
    const parsed = await parsePairingUri(text);
    if (turn !== described) {
        return; // typed on meanwhile: a later call describes the newer text
    }
    out.dataset.kind = parsed.error ? 'bad' : parsed.uri.invited ? 'invite' : 'first';
    out.textContent = parsed.error ? `Not a usable code: ${parsed.error}.`
        : parsed.uri.invited
            ? `Invite from an admin of ${parsed.uri.kind} ${parsed.uri.deviceIdHex}: pairs this phone once, as a member, while the device's pairing window is open.`
            : `The device's own code (${parsed.uri.kind} ${parsed.uri.deviceIdHex}): pairs only its first owner, who becomes its admin. If someone already owns it, ask them for an invite.`;
}

async function pair(text, name) {
    const parsed = await parsePairingUri(text);
    if (parsed.error) {
        throw new Error(`Not paired: ${parsed.error}.`);
    }
    const uri = parsed.uri;
    if (await app.store.get('devices', uri.deviceIdHex)) {
        throw new Error('Already paired with this device.');
    }
    if (!app.link) {
        throw new Error('Set the broker address in Settings first.');
    }
    await app.link.connect();
    say('Waiting for the device…');
    const label = name || uri.kind;
    const nonce = await waitNonce(uri, label);
    const request = await buildPairingRequest({ uri, ownerPublic: app.owner.publicKey, ownerNonce: randomBytes(16), deviceNonce: nonce });
    const outcome = await new Promise((resolve, reject) => {
        let forged = false;
        const timer = setTimeout(() => {
            stop();
            reject(forged ? new Error('Not paired: an answer came that was not made with the device key in the code (a forged device?).')
                : new Error(`Timed out: ${label} did not answer. Is its pairing window open (hold its setup button ${Pairing.HoldSeconds} s)? A wrong code gets no answer either: `
                    + (uri.invited ? 'an invite works once, in one window; if it was used, replaced by a newer one or has expired, ask the admin for a new one.'
                        : 'once a device has an owner, its own code no longer pairs; ask an admin of the device for an invite.')));
        }, 15000);
        const stop = app.link.listen(Topics.pairResponse(uri.deviceIdHex), async (bytes, retained) => {
            if (retained) {
                return;
            }
            const r = await completePairing({ uri, ownerPrivate: app.owner.privateKey, ownerPublic: app.owner.publicKey, request, response: bytes });
            if (r.reason === 'BadTag') {
                forged = true;
            } else if (r.done || r.refused !== undefined) {
                clearTimeout(timer);
                stop();
                resolve(r);
            }
        });
        app.link.publish(Topics.pairRequest(uri.deviceIdHex), request);
    });
    if (outcome.refused !== undefined) {
        throw Errors.refused(describeReason(outcome.refused));
    }
    const record = {
        deviceIdHex: uri.deviceIdHex, name: label, kind: uri.kind, devicePublic: uri.devicePublic, keyId: outcome.keyId,
        role: outcome.role === Role.Admin ? 'admin' : 'member', master: await importHmacKey(outcome.master),
        nextCounter: outcome.counterStart, receivedHighest: 0n, passEpoch: 0, auditPin: null, pairedAt: new Date().toISOString(),
    };
    outcome.master.fill(0);
    await app.store.put('devices', record);
    await openDevice(record);
    changed('devices');
    say(`Paired with ${label}.`);
    return h('div.card', {},
        h('p#pair-done', {}, `Paired with ${label} as key ${record.keyId} (${record.role})${uri.invited ? ', by invite' : ', as its first owner'}.`),
        h('p', {}, uri.invited ? 'This phone\'s key fingerprint (tell the admin who invited you: their key list must show it): '
            : 'This phone\'s key fingerprint (the device lists it under Keys): ', h('span#pair-fingerprint.mono', {}, app.fingerprint)),
        h('p', {}, 'Device key (pinned): ', h('span.mono', {}, fingerprintOf(uri.devicePublic))),
        h('a', { href: `#/device/${uri.deviceIdHex}` }, `Open ${label}`));
}

function waitNonce(uri, label) {
    return new Promise((resolve, reject) => {
        const stops = [];
        const end = () => stops.forEach((s) => s());
        const timer = setTimeout(() => {
            end();
            reject(Errors.offline(label, 'it publishes no freshness nonce on this broker (powered off, or on another broker?)'));
        }, 8000);
        stops.push(app.link.listen(Topics.status(uri.deviceIdHex), (bytes) => {
            if (new TextDecoder().decode(bytes) === 'offline') {
                clearTimeout(timer);
                end();
                reject(Errors.offline(label, 'its status topic says offline'));
            }
        }));
        stops.push(app.link.listen(Topics.nonce(uri.deviceIdHex), (bytes) => {
            const n = parseNonce(bytes);
            if (!n.reason && n.deviceId.every((b, i) => b === uri.deviceId[i])) {
                clearTimeout(timer);
                end();
                resolve(n.nonce);
            }
        }));
    });
}

/** Reads QR codes from the camera until one starting with okf:// shows up. */
export async function scanQr(video, onText) {
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    video.hidden = false;
    video.srcObject = stream;
    await video.play();
    const detector = 'BarcodeDetector' in globalThis ? new globalThis.BarcodeDetector({ formats: ['qr_code'] }) : null;
    if (!detector && !globalThis.jsQR) {
        await new Promise((resolve, reject) => {
            const s = document.createElement('script');
            s.src = 'vendor/jsQR.js';
            s.onload = resolve;
            s.onerror = () => reject(new Error('The QR decoder could not be loaded; paste the code instead.'));
            document.head.append(s);
        });
    }
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    const stop = () => { stream.getTracks().forEach((t) => t.stop()); video.hidden = true; };
    for (let i = 0; i < 600; i++) {
        await new Promise((r) => setTimeout(r, 100));
        let text = null;
        if (detector) {
            const found = await detector.detect(video);
            text = found.length ? found[0].rawValue : null;
        } else if (video.videoWidth) {
            canvas.width = video.videoWidth;
            canvas.height = video.videoHeight;
            ctx.drawImage(video, 0, 0);
            const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
            const code = globalThis.jsQR(img.data, img.width, img.height);
            text = code ? code.data : null;
        }
        if (text && text.startsWith('okf://')) {
            stop();
            onText(text);
            return;
        }
    }
    stop();
    throw new Error('No pairing QR code seen in a minute; paste the code instead.');
}
