// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// QR codes the app shows for another phone to scan (guest pass links, invite URIs): one renderer for both.

import { h } from './dom.js';
import qrcode from '../../vendor/qrcode.mjs';

/** Pixels per QR module: big enough for a phone camera across a table, small enough for a phone screen. */
const CellPixels = 4;

/** An <img> holding text as a QR code (automatic size, low error correction: the text is long, the screen clean). */
export function qrImage(text, alt) {
    const qr = qrcode(0, 'L');
    qr.addData(text);
    qr.make();
    return h('img.qr', { src: qr.createDataURL(CellPixels), alt });
}
