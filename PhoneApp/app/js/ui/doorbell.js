// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// The doorbell screen: rings as they arrive (a notification when the page is in the background), mute and
// do-not-disturb, the door strike, the camera snapshot.

import { h, say, attempt } from './dom.js';
import { app } from './runtime.js';
import { DoorbellAction, parseDoorbellSnapshot } from '../protocol/device.js';
import { u16 } from '../protocol/bytes.js';

export function doorbellMain(record, channel) {
    const status = h('p#bell-state', {}, '…');
    const rings = h('ul#rings');
    const show = (s) => {
        if (!s) {
            return;
        }
        const parts = [s.online ? 'online' : 'offline'];
        parts.push(s.muted ? `muted (${Math.ceil(s.muteLeft / 60)} min left)` : 'chime on');
        if (s.dnd) parts.push('do not disturb');
        if (s.strikeFitted) parts.push(s.strikeUnlocked ? `strike open (${(s.strikeLeftMs / 1000).toFixed(1)} s left)` : 'strike locked');
        if (s.queued) parts.push(`${s.queued} events waiting`);
        status.textContent = parts.join(' · ');
    };
    const showRings = () => {
        const mine = app.rings.filter((r) => r.deviceIdHex === record.deviceIdHex);
        rings.replaceChildren(...(mine.length ? mine.slice(0, 20).map((r) =>
            h('li.ring', {}, `${r.kind === 'ring' ? 'Ring' : 'Motion'} #${r.sequence} at ${r.at.toLocaleTimeString()}`
                + (r.chimed ? '' : ' (chime silent)') + (r.suppressed ? `, ${r.suppressed} presses suppressed` : '')))
            : [h('li', {}, 'No rings since this page opened.')]));
    };
    const run = (action, args, label) => attempt(async () => {
        say(`${label}…`);
        const result = await channel.executeDone(action, args);
        show(parseDoorbellSnapshot(result.data));
        say(`${label}: done.`);
    });
    const minutes = h('input#mute-minutes', { type: 'number', min: 1, max: 1440, value: 30, size: 5 });
    const seconds = h('input#strike-seconds', { type: 'number', min: 1, max: 10, value: 5, size: 3 });
    run(DoorbellAction.Status, new Uint8Array(0), 'Status');
    showRings();
    return {
        view: h('div', {},
            h('div.card', {}, h('h3', {}, 'Rings'), rings, status),
            h('div.card', {},
                h('div', {}, minutes, ' min ', h('button#mute', { onclick: () => run(DoorbellAction.Mute, u16(Number(minutes.value)), 'Mute') }, 'Mute'),
                    h('button#unmute', { onclick: () => run(DoorbellAction.Unmute, new Uint8Array(0), 'Unmute') }, 'Unmute')),
                h('div', {}, h('button#dnd-on', { onclick: () => run(DoorbellAction.DoNotDisturb, new Uint8Array([1]), 'Do not disturb on') }, 'Do not disturb'),
                    h('button#dnd-off', { onclick: () => run(DoorbellAction.DoNotDisturb, new Uint8Array([0]), 'Do not disturb off') }, 'DND off')),
                h('div', {}, seconds, ' s ', h('button#strike.big', { onclick: () => run(DoorbellAction.UnlockStrike, new Uint8Array([Number(seconds.value)]), 'Unlock the door') }, 'Unlock door'),
                    h('button#strike-lock', { onclick: () => run(DoorbellAction.LockStrike, new Uint8Array(0), 'Lock the door') }, 'Lock')),
                h('div', {}, h('button#snapshot', { onclick: () => run(DoorbellAction.Snapshot, new Uint8Array(0), 'Snapshot') }, 'Camera snapshot'),
                    h('button#chime-test', { onclick: () => run(DoorbellAction.ChimeTest, new Uint8Array(0), 'Chime test') }, 'Chime test'),
                    h('button#bell-refresh', { onclick: () => run(DoorbellAction.Status, new Uint8Array(0), 'Status') }, 'Refresh')))),
        update: (what) => { if (what === 'ring') showRings(); },
        dispose: () => {},
    };
}
