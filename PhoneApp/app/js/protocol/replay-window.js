// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// RFC 6479-style sliding window of ReplayWindowSize counters (PROTOCOL.md §8): a counter is accepted once if it is
// above the highest accepted one, or less than the window below it and not seen yet. The app persists Highest.

import { MaxCounter, ReplayWindowSize } from './constants.js';

export class ReplayWindow {
    constructor(highest = 0n) {
        this.reset(highest);
    }

    /** Restarts from a persisted highest counter; everything at or below it counts as seen. */
    reset(highest) {
        this.highest = BigInt(highest);
        this.bits = (1n << ReplayWindowSize) - 1n;
    }

    /** True when counter would be accepted (no state change). */
    isAcceptable(counter) {
        if (counter < 1n || counter > MaxCounter) {
            return false;
        }
        if (counter > this.highest) {
            return true;
        }
        const behind = this.highest - counter;
        return behind < ReplayWindowSize && ((this.bits >> behind) & 1n) === 0n;
    }

    /** Marks counter as seen; call only after isAcceptable and the tag check. */
    accept(counter) {
        if (counter > this.highest) {
            const shift = counter - this.highest;
            this.bits = shift >= ReplayWindowSize ? 1n : ((this.bits << shift) | 1n) & ((1n << ReplayWindowSize) - 1n);
            this.highest = counter;
        } else {
            this.bits |= 1n << (this.highest - counter);
        }
    }
}
