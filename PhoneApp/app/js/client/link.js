// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// One MQTT-over-WebSockets connection for the whole app (mqtt.js), with topic listeners. The mqtt library is
// passed in so the flow can run under Node too.

import { Errors } from './errors.js';

export class Link {
    /**
     * @param {object} mqtt the mqtt.js module (its connect function)
     * @param {string} url ws:// or wss:// broker address
     */
    constructor(mqtt, url) {
        this.mqtt = mqtt;
        this.url = url;
        this.client = null;
        this.connected = false;
        this.listeners = new Map();
        this.stateListeners = new Set();
    }

    /** Connects (or resolves at once when connected); rejects with a broker error after timeoutMs. */
    connect(timeoutMs = 8000) {
        if (this.connected) {
            return Promise.resolve();
        }
        if (this.pending) {
            return this.pending;
        }
        this.pending = new Promise((resolve, reject) => {
            let settled = false;
            const id = 'okf-web-' + Array.from(globalThis.crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
            const client = this.mqtt.connect(this.url, { clientId: id, clean: true, reconnectPeriod: 2000, connectTimeout: timeoutMs, keepalive: 30 });
            this.client = client;
            const timer = setTimeout(() => {
                if (!settled) {
                    settled = true;
                    this.pending = null;
                    reject(Errors.broker(`no answer from ${this.url}`));
                }
            }, timeoutMs);
            client.on('connect', () => {
                this.connected = true;
                const topics = [...this.listeners.keys()];
                if (topics.length > 0) {
                    client.subscribe(topics, { qos: 1 });
                }
                this.emitState();
                if (!settled) {
                    settled = true;
                    clearTimeout(timer);
                    this.pending = null;
                    resolve();
                }
            });
            client.on('close', () => {
                this.connected = false;
                this.emitState();
            });
            client.on('error', () => { /* reported through close and the connect timeout */ });
            client.on('message', (topic, payload, packet) => {
                const set = this.listeners.get(topic);
                if (set) {
                    const bytes = new Uint8Array(payload.buffer ? payload.buffer.slice(payload.byteOffset, payload.byteOffset + payload.length) : payload);
                    for (const fn of set) {
                        fn(bytes, packet.retain === true);
                    }
                }
            });
        });
        return this.pending;
    }

    /** Adds a listener for an exact topic and subscribes to it; returns a function that removes it. */
    listen(topic, fn) {
        let set = this.listeners.get(topic);
        if (!set) {
            set = new Set();
            this.listeners.set(topic, set);
            if (this.connected) {
                this.client.subscribe(topic, { qos: 1 });
            }
        }
        set.add(fn);
        return () => {
            set.delete(fn);
            if (set.size === 0) {
                this.listeners.delete(topic);
                if (this.connected) {
                    this.client.unsubscribe(topic);
                }
            }
        };
    }

    /** Publishes bytes at QoS 1, never retained (the device ignores retained commands). */
    publish(topic, bytes) {
        if (!this.connected) {
            throw Errors.broker('the connection to the broker is down');
        }
        this.client.publish(topic, bytes, { qos: 1, retain: false });
    }

    onState(fn) {
        this.stateListeners.add(fn);
        return () => this.stateListeners.delete(fn);
    }

    emitState() {
        for (const fn of this.stateListeners) {
            fn(this.connected);
        }
    }

    close() {
        if (this.client) {
            this.client.end(true);
        }
    }
}
