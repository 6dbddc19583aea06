// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// IndexedDB storage: the owner key pair (private key a non-extractable CryptoKey), paired devices (master key a
// non-extractable HMAC CryptoKey), guest passes held, passes issued, app settings. Counters are reserved in one
// readwrite transaction under a Web Lock per device: IndexedDB runs overlapping readwrite transactions one at a
// time across every tab of the origin, so two tabs can never be handed the same counter.

const DbName = 'okf-phone';
const Stores = ['owner', 'devices', 'passes', 'issued', 'settings'];

function request(r) {
    return new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
    });
}

function done(tx) {
    return new Promise((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error || new Error('storage transaction aborted'));
    });
}

export class Store {
    static async open(name = DbName) {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => {
            const db = open.result;
            db.createObjectStore('owner');
            db.createObjectStore('devices', { keyPath: 'deviceIdHex' });
            db.createObjectStore('passes', { keyPath: 'id' });
            db.createObjectStore('issued', { keyPath: 'id' });
            db.createObjectStore('settings');
        };
        const store = new Store();
        store.db = await request(open);
        return store;
    }

    async get(storeName, key) {
        return request(this.db.transaction(storeName).objectStore(storeName).get(key));
    }

    async all(storeName) {
        return request(this.db.transaction(storeName).objectStore(storeName).getAll());
    }

    async put(storeName, value, key) {
        const tx = this.db.transaction(storeName, 'readwrite');
        tx.objectStore(storeName).put(value, key);
        await done(tx);
    }

    async delete(storeName, key) {
        const tx = this.db.transaction(storeName, 'readwrite');
        tx.objectStore(storeName).delete(key);
        await done(tx);
    }

    /** Applies fn to the record inside one readwrite transaction; fn returns the value to hand back. */
    async update(storeName, key, fn) {
        const run = async () => {
            const tx = this.db.transaction(storeName, 'readwrite');
            const os = tx.objectStore(storeName);
            let out;
            const r = os.get(key);
            r.onsuccess = () => {
                const rec = r.result;
                if (!rec) {
                    tx.abort();
                    return;
                }
                out = fn(rec);
                os.put(rec);
            };
            await done(tx);
            return out;
        };
        if (globalThis.navigator && navigator.locks) {
            return navigator.locks.request(`okf-${storeName}-${key}`, run);
        }
        return run();
    }

    /** The counter handle a DeviceChannel uses for a device or a pass record. */
    counters(storeName, key) {
        return {
            reserve: () => this.update(storeName, key, (rec) => {
                const c = BigInt(rec.nextCounter);
                rec.nextCounter = c + 1n;
                return c;
            }),
            raise: (next) => this.update(storeName, key, (rec) => {
                if (next > BigInt(rec.nextCounter)) {
                    rec.nextCounter = next;
                }
            }),
            saveReceived: (highest) => this.update(storeName, key, (rec) => {
                if (highest > BigInt(rec.receivedHighest || 0)) {
                    rec.receivedHighest = highest;
                }
            }),
        };
    }

    async setting(key, fallback) {
        const v = await this.get('settings', key);
        return v === undefined ? fallback : v;
    }

    setSetting(key, value) {
        return this.put('settings', value, key);
    }
}

export { Stores };
