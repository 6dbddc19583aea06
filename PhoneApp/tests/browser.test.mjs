// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// The app in a real browser (Debian's chromium through playwright-core) against a real mosquitto with a
// WebSockets listener and both virtual devices: pair through the setup button, open and close the garage (relay
// pulses, countdown shows), invite okf as the second owner (the device's own code pairs only the first), receive a
// ring, revoke a key, pair a second browser by invite (its printed code refused), use and revoke a guest pass, two
// tabs never share a counter, device offline in words. Screenshots go to artifacts/phone-app/. Prints first-load bytes and the
// time from tap to relay pulse next to okf's.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveApp } from '../tools/serve.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const config = process.env.OKF_CONFIGURATION || 'Release';
const out = join(repo, 'artifacts', 'phone-app');
const state = join(out, 'state');
rmSync(out, { recursive: true, force: true });
mkdirSync(state, { recursive: true });
const dll = (p) => join(repo, p, 'bin', config, 'net10.0');
const garageDll = join(dll('tests/VirtualDevices/GarageOpener.Virtual'), 'GarageOpener.Virtual.dll');
const doorbellDll = join(dll('tests/VirtualDevices/Doorbell.Virtual'), 'Doorbell.Virtual.dll');
const okfDll = join(dll('OwnerTool'), 'okf.dll');
const children = [];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ctx = {};

function freePort() {
    return new Promise((resolve) => {
        const s = createServer().listen(0, '127.0.0.1', () => {
            const { port } = s.address();
            s.close(() => resolve(port));
        });
    });
}

/** A child process whose stdout lines are kept with the time each arrived. */
function start(name, args, input) {
    const child = spawn(args[0], args.slice(1), { stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    const lines = [];
    let partial = '';
    const onData = (chunk) => {
        const now = performance.now();
        partial += chunk.toString();
        const parts = partial.split('\n');
        partial = parts.pop();
        for (const text of parts) lines.push({ at: now, text });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    children.push(child);
    return { name, child, lines, send: (t) => child.stdin.write(t + '\n'), count: (re) => lines.filter((l) => re.test(l.text)).length };
}

async function waitFor(fn, ms, what) {
    const end = Date.now() + ms;
    while (Date.now() < end) {
        const v = fn();
        if (v) return v;
        await sleep(50);
    }
    throw new Error(`timed out waiting for ${what}`);
}

function okf(...args) {
    const r = spawnSync('dotnet', [okfDll, ...args, '--broker', `127.0.0.1:${ctx.tcp}`, '--keys', join(state, 'okf.json'), '--timeout', '5'], { encoding: 'utf8' });
    return { code: r.status, text: r.stdout + r.stderr };
}

async function shot(page, name) {
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
}

/** Holds the setup button for holdMs and waits for the new pairing window's console line. */
async function pressSetup(device, holdMs, name) {
    const opened = /pairing window open/;
    const before = device.count(opened);
    device.send('press 18');
    await sleep(holdMs);
    device.send('release 18');
    await waitFor(() => device.count(opened) > before, 10000, `${name} pairing window`);
    return device.lines.filter((l) => opened.test(l.text)).at(-1).text;
}

/** Opens the pairing window of an unowned device and returns the pairing URI it prints. */
async function pairThroughButton(device, holdMs, name) {
    await pressSetup(device, holdMs, name);
    const uri = await waitFor(() => { const l = device.lines.find((x) => /okf:\/\/pair\?/.test(x.text)); return l && /okf:\/\/pair\?[^\s']+/.exec(l.text)[0]; }, 5000, 'pairing URI');
    return uri;
}

after(async () => {
    if (ctx.browser) await ctx.browser.close().catch(() => {});
    if (ctx.http) ctx.http.server.close();
    for (const c of children) c.kill();
});

test('setup: mosquitto (TCP + WebSockets), both virtual devices, the app server, chromium', async () => {
    for (const f of [garageDll, doorbellDll, okfDll]) assert.ok(existsSync(f), `${f} missing: build with dotnet build -c ${config}`);
    ctx.tcp = await freePort();
    ctx.ws = await freePort();
    writeFileSync(join(state, 'mosquitto.conf'), `listener ${ctx.tcp} 127.0.0.1\nlistener ${ctx.ws} 127.0.0.1\nprotocol websockets\nallow_anonymous true\npersistence false\n`);
    const broker = start('mosquitto', ['/usr/sbin/mosquitto', '-c', join(state, 'mosquitto.conf')]);
    await sleep(500);
    assert.equal(broker.child.exitCode, null, broker.lines.map((l) => l.text).join('\n'));
    ctx.garage = start('garage', ['dotnet', garageDll, '--broker', `127.0.0.1:${ctx.tcp}`, '--name', 'garage', '--state', join(state, 'garage')], true);
    ctx.doorbell = start('doorbell', ['dotnet', doorbellDll, '--broker', `127.0.0.1:${ctx.tcp}`, '--name', 'doorbell', '--state', join(state, 'doorbell')], true);
    ctx.garage.send('press 32');
    await waitFor(() => ctx.garage.count(/mqtt: connected/), 30000, 'garage online');
    await waitFor(() => ctx.doorbell.count(/mqtt: connected/), 30000, 'doorbell online');
    ctx.http = await serveApp(0);
    ctx.browser = await chromium.launch({ executablePath: process.env.OKF_CHROMIUM || '/usr/bin/chromium', headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    ctx.owner = await ctx.browser.newContext({ viewport: { width: 480, height: 900 } });
    ctx.page = await ctx.owner.newPage();
    ctx.page.on('dialog', (d) => d.accept());
    const cdp = await ctx.owner.newCDPSession(ctx.page);
    await cdp.send('Network.enable');
    ctx.bytes = 0;
    cdp.on('Network.loadingFinished', (e) => { ctx.bytes += e.encodedDataLength; });
    await ctx.page.goto(`${ctx.http.url}?broker=ws://127.0.0.1:${ctx.ws}#/`);
    await ctx.page.waitForSelector('body[data-ready="1"]', { timeout: 15000 });
    await ctx.page.waitForLoadState('networkidle');
    ctx.firstLoadBytes = ctx.bytes;
    await ctx.page.waitForSelector('#broker-state.ok', { timeout: 10000 });
    const x25519 = await ctx.page.evaluate(async () => { try { await crypto.subtle.generateKey({ name: 'X25519' }, false, ['deriveBits']); return true; } catch { return false; } });
    assert.ok(x25519, 'this chromium has WebCrypto X25519');
    await shot(ctx.page, '01-home');
    await sleep(Math.max(0, 2500));
});

test('pair both devices as their first owner through the setup button', async () => {
    const page = ctx.page;
    for (const [device, hold, name] of [[ctx.garage, 3500, 'garage'], [ctx.doorbell, 5500, 'doorbell']]) {
        const uri = await pairThroughButton(device, hold, name);
        await page.goto(`${ctx.http.url}#/pair`);
        await page.fill('#pair-uri', uri);
        await page.fill('#pair-name', name);
        await page.waitForFunction(() => /device's own code/.test((document.querySelector('#pair-kind')?.textContent ?? '')), null, { timeout: 5000 });
        await page.click('#pair-go');
        await page.waitForSelector('#pair-done', { timeout: 20000 });
        assert.match(await page.textContent('#pair-done'), /as key 1 \(admin\), as its first owner/);
        assert.match(await page.textContent('#pair-fingerprint'), /^[0-9a-f]{16}$/);
        await shot(page, `02-paired-${name}`);
        ctx[`${name}Id`] = /id=([0-9a-f]{16})/.exec(uri)[1];
        ctx[`${name}Uri`] = uri;
    }
    await page.goto(`${ctx.http.url}#/`);
    await page.waitForFunction(() => document.querySelectorAll('a.device').length === 2, null, { timeout: 10000 });
});

test('garage: open pulses the relay; close shows the countdown, then pulses', async () => {
    const page = ctx.page;
    await page.goto(`${ctx.http.url}#/device/${ctx.garageId}`);
    await page.waitForFunction(() => /Closed/.test(document.querySelector('#door-state')?.textContent || ''), null, { timeout: 15000 });
    await shot(page, '03-garage-closed');
    const relay = /GPIO26 relay -> High/;
    let before = ctx.garage.count(relay);
    const tap = performance.now();
    await page.click('#open');
    await waitFor(() => ctx.garage.count(relay) > before, 10000, 'relay pulse after open');
    ctx.appTapToPulse = ctx.garage.lines.filter((l) => relay.test(l.text)).at(-1).at - tap;
    ctx.garage.send('release 32');
    ctx.garage.send('press 33');
    await sleep(1500);
    await page.click('#refresh');
    await page.waitForFunction(() => /^Open/.test((document.querySelector('#door-state')?.textContent ?? '')), null, { timeout: 15000 });
    assert.match(await page.textContent('#last-mover'), /key 1/);
    await shot(page, '04-garage-open');
    before = ctx.garage.count(relay);
    await page.click('#close');
    await page.waitForFunction(() => /closes in \d s/.test((document.querySelector('#countdown')?.textContent ?? '')), null, { timeout: 10000 });
    await shot(page, '05-garage-countdown');
    assert.equal(ctx.garage.count(relay), before, 'no pulse before the warning ends');
    await waitFor(() => ctx.garage.count(relay) > before, 20000, 'relay pulse after the warning');
    ctx.garage.send('release 33');
    ctx.garage.send('press 32');
    await sleep(1500);
    await page.click('#refresh');
    await page.waitForFunction(() => /^Closed/.test((document.querySelector('#door-state')?.textContent ?? '')), null, { timeout: 15000 });
});

test('okf in the same run: pairs as second owner, open timed the same way', async () => {
    assert.equal(okf('keygen').code, 0);
    const page = ctx.page;
    // The garage has an owner, so its printed code is dead: the browser (admin) arms a one-time invite for okf.
    await page.goto(`${ctx.http.url}#/device/${ctx.garageId}/keys`);
    await page.click('#invite-go');
    await page.waitForSelector('#invite-uri', { timeout: 10000 });
    const invite = await page.inputValue('#invite-uri');
    assert.match(invite, new RegExp(`^okf://pair\\?v=1&kind=garage&id=${ctx.garageId}&pk=[0-9a-f]{64}&i=[0-9a-f]{32}$`));
    assert.match(await page.textContent('#invite-steps'), /hold garage's setup button for 3 s .* within \d+ s/);
    // The QR code carries exactly the invite (decoded here with the app's own fallback decoder, jsQR).
    await page.addScriptTag({ url: 'vendor/jsQR.js' });
    const scanned = await page.evaluate(() => {
        const img = document.querySelector('#invite-qr img');
        const canvas = Object.assign(document.createElement('canvas'), { width: img.naturalWidth, height: img.naturalHeight });
        const g = canvas.getContext('2d');
        g.drawImage(img, 0, 0);
        const code = globalThis.jsQR(g.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
        return code && code.data;
    });
    assert.equal(scanned, invite);
    await shot(page, '06-invite');
    // The pairing screen tells the two kinds of code apart in words.
    const reader = await ctx.owner.newPage();
    await reader.goto(`${ctx.http.url}#/pair`);
    await reader.waitForSelector('#broker-state.ok', { timeout: 10000 });
    await reader.fill('#pair-uri', ctx.garageUri);
    await reader.waitForFunction(() => /pairs only its first owner/.test((document.querySelector('#pair-kind')?.textContent ?? '')), null, { timeout: 5000 });
    await reader.fill('#pair-uri', invite);
    await reader.waitForFunction(() => /Invite from an admin/.test((document.querySelector('#pair-kind')?.textContent ?? '')), null, { timeout: 5000 });
    await shot(reader, '07-pair-invite');
    await reader.close();
    // The new person presses the setup button; the window it opens takes the armed invite.
    const opened = await pressSetup(ctx.garage, 3500, 'garage');
    assert.match(opened, /for the invite an admin armed/);
    const paired = okf('pair', invite, '--name', 'garage');
    assert.equal(paired.code, 0, paired.text);
    ctx.okfFingerprint = /your key fingerprint: ([0-9a-f]{16})/.exec(paired.text)[1];
    const relay = /GPIO26 relay -> High/;
    const before = ctx.garage.count(relay);
    const tap = performance.now();
    const child = spawn('dotnet', [okfDll, 'garage', 'open', 'garage', '--broker', `127.0.0.1:${ctx.tcp}`, '--keys', join(state, 'okf.json')]);
    await waitFor(() => ctx.garage.count(relay) > before, 15000, 'relay pulse after okf open');
    ctx.okfTapToPulse = ctx.garage.lines.filter((l) => relay.test(l.text)).at(-1).at - tap;
    await new Promise((r) => child.on('exit', r));
    ctx.garage.send('release 32');
    ctx.garage.send('press 33');
});

test('doorbell: a ring arrives live', async () => {
    const page = ctx.page;
    await page.goto(`${ctx.http.url}#/device/${ctx.doorbellId}`);
    await page.waitForFunction(() => /online/.test((document.querySelector('#bell-state')?.textContent ?? '')), null, { timeout: 15000 });
    ctx.doorbell.send('press 32');
    await sleep(300);
    ctx.doorbell.send('release 32');
    await page.waitForSelector('li.ring', { timeout: 15000 });
    assert.match(await page.textContent('li.ring'), /Ring #1/);
    await page.click('#snapshot');
    await page.waitForFunction(() => /Snapshot: done/.test((document.querySelector('#message')?.textContent ?? '')), null, { timeout: 10000 });
    await shot(page, '08-doorbell-ring');
});

test('audit log reads and verifies', async () => {
    const page = ctx.page;
    await page.goto(`${ctx.http.url}#/device/${ctx.garageId}/audit`);
    await page.click('#audit-read');
    await page.waitForFunction(() => /Verified/.test((document.querySelector('#audit-status')?.textContent ?? '')), null, { timeout: 30000 });
    assert.ok(await page.locator('#audit-rows tr').count() >= 4);
    await shot(page, '09-audit');
});

test('admin revokes okf\'s key; okf is then ignored', async () => {
    const page = ctx.page;
    await page.goto(`${ctx.http.url}#/device/${ctx.garageId}/keys`);
    await page.click('#keys-read');
    await page.waitForFunction(() => document.querySelectorAll('#key-rows tr').length === 2, null, { timeout: 10000 });
    // The device lists this browser's key under the fingerprint the app shows: the pairing bound the right key.
    assert.match(await page.textContent('#key-rows tr[data-key="1"]'), /\(this phone\)/);
    // ... and okf's invited key is the member key 2 under the fingerprint okf printed.
    assert.match(await page.textContent('#key-rows tr[data-key="2"]'), new RegExp(`member${ctx.okfFingerprint}`));
    await shot(page, '10-keys');
    await page.click('button.revoke[data-key="2"]');
    await page.waitForFunction(() => document.querySelectorAll('#key-rows tr').length === 1, null, { timeout: 10000 });
    const after = okf('garage', 'status', 'garage');
    assert.notEqual(after.code, 0, after.text);
});

test('a second browser: the device\'s printed code is refused, the app\'s invite pairs it as a member', async () => {
    const page = ctx.page;
    await page.goto(`${ctx.http.url}#/device/${ctx.garageId}/keys`);
    await page.click('#invite-go');
    await page.waitForSelector('#invite-uri', { timeout: 10000 });
    const invite = await page.inputValue('#invite-uri');
    assert.match(await pressSetup(ctx.garage, 3500, 'garage'), /for the invite an admin armed/);
    const phone = await ctx.browser.newContext({ viewport: { width: 480, height: 900 } });
    const second = await phone.newPage();
    await second.goto(`${ctx.http.url}?broker=ws://127.0.0.1:${ctx.ws}#/pair`);
    await second.waitForSelector('#broker-state.ok', { timeout: 10000 });
    // In the window opened for the invite, the printed code (what a former member or a photo of the QR has) gets
    // no answer, and the app says why in words.
    await second.fill('#pair-uri', ctx.garageUri);
    await second.click('#pair-go');
    await second.waitForFunction(() => /its own code no longer pairs; ask an admin of the device for an invite/.test((document.querySelector('#message')?.textContent ?? '')),
        null, { timeout: 30000 });
    await second.fill('#pair-uri', invite);
    await second.fill('#pair-name', 'garage');
    await second.click('#pair-go');
    await second.waitForSelector('#pair-done', { timeout: 20000 });
    assert.match(await second.textContent('#pair-done'), /as key 3 \(member\), by invite/);
    const fingerprint = await second.textContent('#pair-fingerprint');
    await shot(second, '11-paired-by-invite');
    await second.goto(`${ctx.http.url}#/device/${ctx.garageId}`);
    await second.click('#refresh');
    await second.waitForFunction(() => /Status: done/.test((document.querySelector('#message')?.textContent ?? '')), null, { timeout: 15000 });
    assert.equal(await second.locator('#tab-keys').count(), 0, 'a member sees no admin tabs');
    await page.click('#keys-read');
    await page.waitForFunction(() => document.querySelectorAll('#key-rows tr').length === 2, null, { timeout: 10000 });
    assert.match(await page.textContent('#key-rows tr[data-key="3"]'), new RegExp(`member${fingerprint}`));
    await phone.close();
});

test('guest pass: issued as a link, used by a guest in a fresh browser, then revoked', async () => {
    const page = ctx.page;
    await page.goto(`${ctx.http.url}#/device/${ctx.garageId}/passes`);
    await page.click('#pass-issue');
    const link = await page.inputValue('#pass-link', { timeout: 10000 });
    await shot(page, '12-pass-issued');
    const guestContext = await ctx.browser.newContext({ viewport: { width: 480, height: 900 } });
    const guest = await guestContext.newPage();
    await guest.goto(link);
    await guest.waitForSelector('button.guest-action[data-action="32"]', { timeout: 15000 });
    await guest.click('button.guest-action[data-action="32"]');
    await guest.waitForFunction(() => /Status: done/.test((document.querySelector('#guest-result')?.textContent ?? '')), null, { timeout: 15000 });
    await shot(guest, '13-guest');
    await page.click('#pass-revoke');
    await page.waitForFunction(() => /revoked/.test((document.querySelector('#message')?.textContent ?? '')), null, { timeout: 10000 });
    await guest.click('button.guest-action[data-action="32"]');
    await guest.waitForFunction(() => /refused: guest pass revoked/.test((document.querySelector('#guest-result')?.textContent ?? '')), null, { timeout: 15000 });
    await guestContext.close();
});

test('two tabs reserving counters at once never get the same one', async () => {
    const second = await ctx.owner.newPage();
    await second.goto(`${ctx.http.url}#/settings`);
    const reserve = (p) => p.evaluate(async (id) => {
        const { Store } = await import('./js/store.js');
        const s = await Store.open();
        const c = s.counters('devices', id);
        return (await Promise.all(Array.from({ length: 20 }, () => c.reserve()))).map(String);
    }, ctx.garageId);
    const [a, b] = await Promise.all([reserve(ctx.page), reserve(second)]);
    assert.equal(new Set([...a, ...b]).size, 40);
    await shot(second, '14-settings');
    await second.close();
    // The gap of unused counters is harmless: the device accepts any counter above the highest it saw.
    await ctx.page.goto(`${ctx.http.url}#/device/${ctx.garageId}`);
    await ctx.page.waitForFunction(() => /Closed|Open|Opening/.test((document.querySelector('#door-state')?.textContent ?? '')), null, { timeout: 15000 });
});

test('a device that goes offline is reported in words', async () => {
    const page = ctx.page;
    await page.goto(`${ctx.http.url}#/device/${ctx.doorbellId}`);
    ctx.doorbell.child.kill();
    await page.waitForFunction(() => (document.querySelector('#online')?.textContent ?? '') === 'offline', null, { timeout: 15000 });
    await page.click('#bell-refresh');
    await page.waitForFunction(() => /is offline/.test((document.querySelector('#message')?.textContent ?? '')), null, { timeout: 15000 });
    await shot(page, '15-offline');
    // An invite needs the device: arming it on an offline device says so and shows no code.
    await page.goto(`${ctx.http.url}#/device/${ctx.doorbellId}/keys`);
    await page.click('#invite-go');
    await page.waitForFunction(() => /doorbell is offline/.test((document.querySelector('#message')?.textContent ?? '')), null, { timeout: 15000 });
    assert.equal(await page.locator('#invite-uri').count(), 0);
});

test('report: app size and tap-to-pulse times', () => {
    const line = `phone app: first load ${ctx.firstLoadBytes} bytes transferred; tap to relay pulse: app ${Math.round(ctx.appTapToPulse)} ms, `
        + `okf ${Math.round(ctx.okfTapToPulse)} ms (okf includes starting its .NET process)`;
    console.log(line);
    writeFileSync(join(out, 'measurements.txt'), line + '\n');
    assert.ok(ctx.firstLoadBytes > 0);
});
