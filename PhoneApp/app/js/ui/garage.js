// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// The garage screen: the door state in words and as a picture, who moved it last, open/close/stop with the
// close warning shown as a countdown, and the vacation lockout for admins.

import { h, say, attempt } from './dom.js';
import { app } from './runtime.js';
import { doorPicture } from './art.js';
import { GarageAction, describeCause, parseGarageSnapshot } from '../protocol/device.js';
import { describeReason } from '../protocol/reasons.js';
import { Errors } from '../client/errors.js';

const DefaultWarningMs = 5000;

export function garageMain(record, channel) {
    const state = h('div#door-state', {}, '…');
    const picture = h('div#door-picture');
    const mover = h('p#last-mover');
    const flags = h('p#door-flags');
    const countdown = h('div#countdown');
    let timer = null;

    const show = (s) => {
        if (!s) {
            return;
        }
        state.textContent = s.state.words + (s.state.name === 'fault' ? `: ${describeReason(s.fault)}` : '');
        picture.innerHTML = doorPicture(s.state.name, s.obstructed);
        mover.textContent = `Last moved by: ${describeCause(s, record.keyId)}`;
        const notes = [];
        if (s.lockout) notes.push('vacation lockout on');
        if (s.obstructed) notes.push('obstruction seen during the last close');
        if (s.suspended) notes.push('remote close suspended (local reset needed)');
        if (s.warning) notes.push('warning light and buzzer running');
        flags.textContent = notes.join('; ');
        lock.textContent = s.lockout ? 'Vacation lock: on (tap to turn off)' : 'Vacation lock: off (tap to turn on)';
        lock.dataset.on = s.lockout ? '1' : '0';
    };

    const startCountdown = async () => {
        const settings = await app.store.setting(`garage-settings-${record.deviceIdHex}`, null);
        let left = Math.ceil((settings ? settings.warningMs : DefaultWarningMs) / 1000);
        clearInterval(timer);
        countdown.textContent = `Warning: light and buzzer on, the door closes in ${left} s`;
        timer = setInterval(() => {
            left -= 1;
            countdown.textContent = left > 0 ? `Warning: light and buzzer on, the door closes in ${left} s` : 'Closing now';
            if (left <= 0) {
                clearInterval(timer);
                setTimeout(() => { countdown.textContent = ''; }, 3000);
            }
        }, 1000);
    };

    const run = (action, label) => attempt(async () => {
        say(`${label}…`);
        const tapped = performance.now();
        const result = await channel.execute(action, new Uint8Array(0));
        const snapshot = parseGarageSnapshot(result.data);
        if (snapshot) {
            app.garage.set(record.deviceIdHex, snapshot);
            show(snapshot);
        }
        if (result.reason !== 0) {
            throw Errors.refused(describeReason(result.reason));
        }
        window.okfLastTap = { action, tapped, answered: performance.now() };
        if (action === GarageAction.Close) {
            startCountdown();
        } else if (action === GarageAction.Open || action === GarageAction.Stop) {
            clearInterval(timer);
            countdown.textContent = '';
        }
        say(`${label}: done.`);
    });

    const lock = h('button#lockout', { onclick: () => run(lock.dataset.on === '1' ? GarageAction.Unlock : GarageAction.Lock, 'Vacation lock') }, 'Vacation lock');
    const buttons = h('div', {},
        h('button#open.big', { onclick: (e) => { window.okfTapAt = performance.now(); run(GarageAction.Open, 'Open'); } }, 'Open'),
        h('button#close.big', { onclick: () => { window.okfTapAt = performance.now(); run(GarageAction.Close, 'Close'); } }, 'Close'),
        h('button#stop.big.danger', { onclick: () => run(GarageAction.Stop, 'Stop') }, 'Stop'),
        h('button#refresh', { onclick: () => run(GarageAction.Status, 'Status') }, 'Refresh'));
    show(app.garage.get(record.deviceIdHex));
    run(GarageAction.Status, 'Status');
    return {
        view: h('div.card', {}, picture, state, mover, flags, countdown, buttons, record.role === 'admin' ? lock : null),
        update: () => show(app.garage.get(record.deviceIdHex)),
        dispose: () => clearInterval(timer),
    };
}
