// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// Failures in words. kind: 'offline' | 'broker' | 'refused' | 'timeout' | 'verify' | 'usage'.

export class AppError extends Error {
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}

export const Errors = Object.freeze({
    offline: (name, why) => new AppError('offline', `${name} is offline: ${why}.`),
    broker: (why) => new AppError('broker', `The broker is unreachable: ${why}. Check the broker address in Settings.`),
    refused: (text) => new AppError('refused', `Refused: ${text}.`),
    timeout: (name, seconds) => new AppError('timeout',
        `Timed out: no answer from ${name} within ${seconds} s. The command may or may not have run; check the status.`),
});
