// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// "Invite someone" (admin, PROTOCOL.md §10.1): the device arms a one-time code (ArmInvite) sealed to this phone;
// the app shows the invite URI as text and QR code for one new person, with how long they have to press the
// device's setup button. After the first owner the device's printed code no longer pairs, so this is the only
// way in for a second phone.

import { h, say, attempt } from './dom.js';
import { qrImage } from './qr.js';
import { fromHex } from '../protocol/bytes.js';
import { Pairing, ProtocolAction } from '../protocol/constants.js';
import { formatInviteUri, parseArmInviteResult } from '../protocol/pairing.js';
import { describeReason, reasonName } from '../protocol/reasons.js';
import { AppError, Errors } from '../client/errors.js';

/** ArmInvite refusals in the words an admin needs (the rest as every refusal is said). */
function refusal(record, reason) {
    switch (reasonName(reason)) {
        case 'Forbidden':
            return Errors.refused(`only an admin can invite, and ${record.name} no longer lists this phone as one (${describeReason(reason)})`);
        case 'RegistryFull':
            return Errors.refused(`${record.name} has no free key slot (16 keys paired); revoke a key first (${describeReason(reason)})`);
        default:
            return Errors.refused(describeReason(reason));
    }
}

function clock(date) {
    return date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** The invite card of the admin's Keys tab. */
export function inviteCard(record, channel) {
    const out = h('div#invite-out');
    let ticker = null;
    const go = h('button#invite-go', { onclick: () => attempt(async () => {
        go.disabled = true;
        try {
            say(`Arming a one-time invite on ${record.name}…`);
            const result = await channel.execute(ProtocolAction.ArmInvite, new Uint8Array(0));
            if (result.reason !== 0) {
                throw refusal(record, result.reason);
            }
            const armed = parseArmInviteResult(result.data);
            if (armed.reason) {
                throw new AppError('verify', `${record.name} answered the invite with ${result.data.length} bytes instead of the code and its time (${armed.reason}); nothing to hand out.`);
            }
            const uri = formatInviteUri({ kind: record.kind, deviceId: fromHex(record.deviceIdHex), devicePublic: record.devicePublic, code: armed.code });
            armed.code.fill(0);
            show(uri, armed);
            say(`Invite armed on ${record.name}.`);
        } finally {
            go.disabled = false;
        }
    }) }, 'Invite someone');

    const show = (uri, armed) => {
        const deadline = Date.now() + armed.secondsLeft * 1000;
        const left = h('strong#invite-left');
        const steps = armed.windowOpen
            ? h('p#invite-steps', {}, `${record.name}'s pairing window is open now: the new person pairs with this code within `, left,
                ` (until ${clock(new Date(deadline))}).`)
            : h('p#invite-steps', {}, `Tell the new person: press and hold ${record.name}'s setup button for ${Pairing.HoldSeconds} s (until its light blinks) within `, left,
                ` (before ${clock(new Date(deadline))}), then pair with this code while the window is open (${Pairing.WindowSeconds} s).`);
        const tick = () => {
            const s = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
            left.textContent = `${s} s`;
            if (s === 0 || !document.contains(out)) {
                clearInterval(ticker);
                if (s === 0 && document.contains(out)) {
                    left.textContent = armed.windowOpen ? '0 s: the window has closed' : '0 s: if nobody pressed the button in time, invite again';
                }
            }
        };
        clearInterval(ticker);
        tick();
        ticker = setInterval(tick, 1000);
        out.replaceChildren(
            h('p', {}, `Invite for ${record.name}: it pairs one phone, once, as a member. Give it to one person, privately (it lets them in):`),
            h('textarea#invite-uri.mono', { rows: 4, readonly: true }, uri),
            h('div#invite-qr', {}, qrImage(uri, 'invite QR code')),
            steps,
            h('p', {}, 'In this app they tap Pair a device and scan or paste the code; with okf: ', h('span.mono', {}, `okf pair '${uri}'`), '.'),
            h('p', {}, 'Then list the keys here and compare the new key\'s fingerprint with the one their app shows. A new invite replaces this one.'));
    };

    return h('div.card', {}, h('p', {}, 'A new phone pairs only with an invite from an admin (the device\'s own code pairs just its first owner).'), go, out);
}
