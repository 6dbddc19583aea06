// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// Audit pages and their verification (DEVICES.md §5): parse, walk the hash chain, link pages, check the pin.

import { concat, constantTimeEqual, readI64, readU32 } from './bytes.js';
import { sha256 } from './crypto.js';

const EntrySize = 24;
const PageHeader = 74;

/** Parses one audit entry (24 bytes). */
export function parseAuditEntry(bytes) {
    return {
        bytes,
        sequence: readU32(bytes, 0),
        monotonicMs: readI64(bytes, 4),
        utc: readU32(bytes, 12),
        actorId: readU32(bytes, 16),
        actorKind: bytes[20],
        action: bytes[21],
        result: bytes[22],
        state: bytes[23],
    };
}

/** Parses and checks a page (§5.3 step 1); { reason } in words when malformed. */
export function parseAuditPage(data) {
    if (!data || data.length < PageHeader || data[0] !== 1) {
        return { reason: 'not an audit page (length or version)' };
    }
    const count = data[1];
    if (count > 16 || data.length !== PageHeader + EntrySize * count) {
        return { reason: 'audit page length does not match its entry count' };
    }
    const first = readU32(data, 2);
    const head = readU32(data, 6);
    const entries = [];
    for (let i = 0; i < count; i++) {
        const e = parseAuditEntry(data.slice(PageHeader + EntrySize * i, PageHeader + EntrySize * (i + 1)));
        if (e.sequence < 1 || e.monotonicMs < 0n || e.actorKind < 1 || e.actorKind > 6) {
            return { reason: `audit entry ${i} has an invalid field` };
        }
        entries.push(e);
    }
    if (first < 1 || (count > 0 && head < first + count - 1)) {
        return { reason: 'audit page sequence numbers are inconsistent' };
    }
    return { first, head, previousHash: data.slice(10, 42), headHash: data.slice(42, 74), entries };
}

/**
 * Walks a page from its previous hash (§5.3 step 2); returns the list of hashes after each entry, or
 * { reason } when a sequence is out of order or the page ends at the head with another hash.
 */
export async function walkAuditPage(page) {
    let h = page.previousHash;
    const hashes = [];
    for (let i = 0; i < page.entries.length; i++) {
        if (page.entries[i].sequence !== page.first + i) {
            return { reason: `entry ${page.first + i} is out of sequence` };
        }
        h = await sha256(concat(page.entries[i].bytes, h));
        hashes.push(h);
    }
    const last = page.first + page.entries.length - 1;
    if (page.entries.length > 0 && last === page.head && !constantTimeEqual(h, page.headHash)) {
        return { reason: 'the entries do not hash to the device\'s head' };
    }
    return { hashes, last, lastHash: h };
}

/**
 * Reads and verifies a whole chain through fetchPage(from) -> page bytes (§5.3 steps 3-4).
 * pin = { sequence, hash } from an earlier read or null. Returns { entries, head, pin } or throws Error in words.
 */
export async function readVerifiedAudit(fetchPage, pin, maxPages = 4096) {
    const entries = [];
    let from = 1;
    let link = null;
    let pinChecked = false;
    let newPin = null;
    for (let pages = 0; pages < maxPages; pages++) {
        const page = parseAuditPage(await fetchPage(from));
        if (page.reason) {
            throw new Error(`audit chain failed verification: ${page.reason}`);
        }
        const walked = await walkAuditPage(page);
        if (walked.reason) {
            throw new Error(`audit chain failed verification: ${walked.reason}`);
        }
        if (link && (page.first !== from || !constantTimeEqual(page.previousHash, link))) {
            throw new Error(`audit chain failed verification: page ${page.first} does not link to the page before it`);
        }
        if (pin && pin.sequence > 0) {
            if (page.head < pin.sequence) {
                throw new Error(`audit chain failed verification: the head ${page.head} is below entry ${pin.sequence} verified earlier (rolled back or reset)`);
            }
            if (pin.sequence >= page.first - 1 && pin.sequence <= walked.last) {
                const at = pin.sequence === page.first - 1 ? page.previousHash : walked.hashes[pin.sequence - page.first];
                if (!constantTimeEqual(at, pin.hash)) {
                    throw new Error(`audit chain failed verification: entries up to ${pin.sequence} changed since they were verified`);
                }
                pinChecked = true;
            }
        }
        entries.push(...page.entries);
        link = walked.lastHash;
        if (page.entries.length > 0) {
            newPin = { sequence: walked.last, hash: walked.lastHash };
        }
        if (page.entries.length === 0 || walked.last >= page.head) {
            return { entries, head: page.head, pin: newPin || pin, pinChecked };
        }
        from = walked.last + 1;
    }
    throw new Error('audit chain too long to read');
}
