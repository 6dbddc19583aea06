// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// One paired device (or one guest pass) over the shared link: watches status and the freshness nonce, opens
// results and events in arrival order, and runs commands with a counter reserved in storage before sending,
// as okf does (so a crash or a second tab never reuses one).

import { fromHex } from '../protocol/bytes.js';
import { Topics } from '../protocol/constants.js';
import { parseNonce } from '../protocol/messages.js';
import { OwnerSession, resyncPoint } from '../protocol/session.js';
import { describeReason } from '../protocol/reasons.js';
import { Errors } from './errors.js';

export class DeviceChannel {
    /**
     * @param {object} o
     * @param {Link} o.link
     * @param {object} o.record store record: deviceIdHex, name, keyId, master (CryptoKey), receivedHighest; guests also passBody
     * @param {object} o.counters { reserve(): Promise<bigint>, raise(next: bigint), saveReceived(highest: bigint) }
     * @param {string} o.replyTopic out/KK for owners, guest/KKPPPPPPPP for guests
     */
    constructor({ link, record, counters, replyTopic, timeoutMs = 10000, now = () => Date.now() }) {
        this.link = link;
        this.record = record;
        this.counters = counters;
        this.replyTopic = replyTopic;
        this.timeoutMs = timeoutMs;
        this.now = now;
        this.idHex = record.deviceIdHex;
        this.deviceId = fromHex(this.idHex);
        this.nonce = null;
        this.online = null;
        this.waiting = new Map();
        this.eventListeners = new Set();
        this.statusListeners = new Set();
        this.queue = Promise.resolve();
        this.unlisten = [];
    }

    /** Derives the session keys and subscribes to status, nonce and the reply topic. */
    async start() {
        this.session = await OwnerSession.create({
            master: this.record.master, deviceId: this.deviceId, keyId: this.record.keyId,
            passBody: this.record.passBody || null, receivedHighest: BigInt(this.record.receivedHighest || 0),
        });
        this.unlisten.push(this.link.listen(Topics.status(this.idHex), (bytes) => {
            this.online = new TextDecoder().decode(bytes) === 'online';
            for (const fn of this.statusListeners) {
                fn(this.online);
            }
        }));
        this.unlisten.push(this.link.listen(Topics.nonce(this.idHex), (bytes) => {
            const n = parseNonce(bytes);
            if (!n.reason && n.deviceId.every((b, i) => b === this.deviceId[i])) {
                this.nonce = n.nonce;
            }
        }));
        this.unlisten.push(this.link.listen(this.replyTopic, (bytes, retained) => {
            if (!retained) {
                this.queue = this.queue.then(() => this.handle(bytes)).catch(() => {});
            }
        }));
        return this;
    }

    stop() {
        for (const fn of this.unlisten) {
            fn();
        }
        this.unlisten = [];
    }

    onEvent(fn) {
        this.eventListeners.add(fn);
        return () => this.eventListeners.delete(fn);
    }

    onStatus(fn) {
        this.statusListeners.add(fn);
        return () => this.statusListeners.delete(fn);
    }

    async handle(bytes) {
        const opened = await this.session.open(bytes);
        if (typeof opened.reason === 'string') {
            return; // forged, replayed or for someone else: dropped silently, like the device does
        }
        await this.counters.saveReceived(this.session.receivedHighest);
        if (opened.type === 'result') {
            const waiter = this.waiting.get(opened.commandCounter);
            if (waiter) {
                waiter(opened);
            }
        } else {
            for (const fn of this.eventListeners) {
                fn(opened);
            }
        }
    }

    /** Waits up to the timeout for the retained nonce; the device publishes it while it is connected. */
    async waitForNonce(deadline) {
        while (!this.nonce) {
            if (this.online === false) {
                throw Errors.offline(this.record.name, 'its status topic says offline');
            }
            if (this.now() > deadline) {
                throw Errors.offline(this.record.name, 'it publishes no freshness nonce on this broker (powered off, or on another broker?)');
            }
            await new Promise((r) => setTimeout(r, 50));
        }
    }

    /**
     * Sends one command and resolves with its authenticated result { reason, data, ... } (refusals included);
     * throws AppError for offline, broker and timeout failures.
     */
    async execute(action, args, onSent) {
        await this.link.connect();
        const deadline = this.now() + this.timeoutMs;
        if (this.online === false) {
            throw Errors.offline(this.record.name, 'its status topic says offline');
        }
        await this.waitForNonce(deadline);
        for (let attempt = 0; ; attempt++) {
            const counter = await this.counters.reserve();
            const sealed = await this.session.seal({
                counter, nonce: this.nonce, ownerTime: BigInt(Math.floor(Date.now() / 1000)), action, args,
            });
            const answer = new Promise((resolve, reject) => {
                const timer = setTimeout(() => {
                    this.waiting.delete(counter);
                    reject(this.link.connected ? Errors.timeout(this.record.name, this.timeoutMs / 1000)
                        : Errors.broker('the connection was lost while waiting (the command may or may not have run)'));
                }, Math.max(0, deadline - this.now()));
                this.waiting.set(counter, (result) => {
                    clearTimeout(timer);
                    this.waiting.delete(counter);
                    resolve(result);
                });
            });
            this.link.publish(Topics.command(this.idHex), sealed);
            if (onSent) {
                onSent(counter);
            }
            const result = await answer;
            const resume = resyncPoint(result);
            if (resume !== null && attempt === 0) {
                await this.counters.raise(resume + 1n);
                continue;
            }
            return result;
        }
    }

    /** execute, then throws a refused error unless the result is Done. */
    async executeDone(action, args) {
        const result = await this.execute(action, args);
        if (result.reason !== 0) {
            throw Errors.refused(describeReason(result.reason));
        }
        return result;
    }
}
