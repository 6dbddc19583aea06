// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// The device layer (DEVICES.md): action codes, snapshots, events, settings and reason codes in words.

import { concat, readU16, readU32, u16, u32 } from './bytes.js';

export const GarageAction = Object.freeze({ Status: 0x20, Open: 0x21, Close: 0x22, Stop: 0x23, Lock: 0x24, Unlock: 0x25, Settings: 0x26 });
export const DoorbellAction = Object.freeze({
    Status: 0x20, Mute: 0x21, Unmute: 0x22, DoNotDisturb: 0x23, ChimeTest: 0x24, Snapshot: 0x25, UnlockStrike: 0x26,
    LockStrike: 0x27, Settings: 0x28,
});

/** Door states (§2.2) with the words and picture name the garage screen shows. */
export const DoorStates = Object.freeze([
    { code: 0, name: 'unknown', words: 'Unknown (sensors settling)' },
    { code: 1, name: 'closed', words: 'Closed' },
    { code: 2, name: 'opening', words: 'Opening' },
    { code: 3, name: 'open', words: 'Open' },
    { code: 4, name: 'closing', words: 'Closing' },
    { code: 5, name: 'stopped', words: 'Stopped part-way' },
    { code: 6, name: 'fault', words: 'Fault' },
]);

const ActorKinds = ['none', 'owner', 'guest', 'auto-close', 'manual', 'local button', 'system'];

/** Garage snapshot (9 bytes); null when the length is wrong. */
export function parseGarageSnapshot(data) {
    if (!data || data.length !== 9 || data[0] > 6) {
        return null;
    }
    const flags = data[1];
    return {
        state: DoorStates[data[0]],
        obstructed: (flags & 1) !== 0,
        lockout: (flags & 2) !== 0,
        suspended: (flags & 4) !== 0,
        warning: (flags & 8) !== 0,
        fault: data[2],
        causeKind: data[3],
        causeId: readU32(data, 4),
        direction: data[8],
    };
}

/** Who moved the door last, in words ("key 1 (you)", "guest pass 0102..", "someone at the wall button"). */
export function describeCause(snapshot, myKeyId) {
    switch (snapshot.causeKind) {
        case 1: return snapshot.causeId === myKeyId ? `key ${snapshot.causeId} (this phone)` : `key ${snapshot.causeId}`;
        case 2: return `guest pass ${snapshot.causeId.toString(16).padStart(8, '0')}`;
        case 3: return 'auto-close';
        case 4: return 'moved by hand or the wall button';
        case 5: return 'the setup button';
        case 6: return 'the device (boot or reset)';
        default: return 'nobody yet';
    }
}

/** Doorbell snapshot (14 bytes); null when the length is wrong. */
export function parseDoorbellSnapshot(data) {
    if (!data || data.length !== 14) {
        return null;
    }
    const f = data[0];
    return {
        online: (f & 1) !== 0,
        muted: (f & 2) !== 0,
        dnd: (f & 4) !== 0,
        chime: (f & 8) !== 0,
        strikeFitted: (f & 16) !== 0,
        strikeUnlocked: (f & 32) !== 0,
        motionFitted: (f & 64) !== 0,
        muteLeft: readU16(data, 1),
        strikeLeftMs: readU16(data, 3),
        lastEvent: readU32(data, 5),
        suppressed: readU16(data, 9),
        queued: data[11],
        dropped: readU16(data, 12),
    };
}

/** Doorbell Ring (0x01) / Motion (0x02) event data (7 bytes). */
export function parseDoorbellEvent(code, data) {
    if ((code !== 1 && code !== 2) || !data || data.length !== 7) {
        return null;
    }
    return { kind: code === 1 ? 'ring' : 'motion', sequence: readU32(data, 0), chimed: data[4] === 1, suppressed: readU16(data, 5) };
}

const GarageSettingsBounds = [[250, 1000], [500, 10000], [5000, 30000], [1000, 10000], [1000, 30000]];

/** Garage settings (12 bytes) from numbers; clamps like the device does so the screen shows what takes effect. */
export function encodeGarageSettings(s) {
    const v = [s.pulseMs, s.gapMs, s.warningMs, s.departureMs, s.marginMs].map((x, i) =>
        Math.min(GarageSettingsBounds[i][1], Math.max(GarageSettingsBounds[i][0], x | 0)));
    return concat(...v.map(u16), Math.min(240, Math.max(0, s.autoCloseMinutes | 0)), s.openerKind ? 1 : 0);
}

export function parseGarageSettings(data) {
    if (!data || data.length !== 12) {
        return null;
    }
    return {
        pulseMs: readU16(data, 0), gapMs: readU16(data, 2), warningMs: readU16(data, 4), departureMs: readU16(data, 6),
        marginMs: readU16(data, 8), autoCloseMinutes: data[10], openerKind: data[11],
    };
}

/** Doorbell settings (19 bytes) as numbers. */
export function parseDoorbellSettings(data) {
    if (!data || data.length !== 19) {
        return null;
    }
    return {
        minPressMs: readU16(data, 0), debounceMs: readU16(data, 2), ringBurst: data[4], ringRefillMs: readU32(data, 5),
        chime: data[9], chimePattern: data[10], cameraPulseMs: readU16(data, 11), motionReported: data[13],
        motionIntervalMs: readU32(data, 14), cameraOnMotion: data[18],
    };
}

export function encodeDoorbellSettings(s) {
    return concat(u16(s.minPressMs), u16(s.debounceMs), s.ringBurst, u32(s.ringRefillMs), s.chime ? 1 : 0, s.chimePattern,
        u16(s.cameraPulseMs), s.motionReported ? 1 : 0, u32(s.motionIntervalMs), s.cameraOnMotion ? 1 : 0);
}

export function actorKindName(kind) {
    return ActorKinds[kind] || 'invalid';
}
