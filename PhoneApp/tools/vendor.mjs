// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// Copies the browser builds of the npm dependencies into app/vendor/ (run by npm install / npm ci), so the app
// folder is a complete static site. app/vendor/ is generated, never committed.

import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'app', 'vendor');
mkdirSync(out, { recursive: true });
const files = [
    ['node_modules/mqtt/dist/mqtt.esm.js', 'mqtt.esm.js'],
    ['node_modules/jsqr/dist/jsQR.js', 'jsQR.js'],
    ['node_modules/qrcode-generator/dist/qrcode.mjs', 'qrcode.mjs'],
];
for (const [from, to] of files) {
    copyFileSync(join(root, from), join(out, to));
}
console.log(`vendored ${files.length} files into app/vendor/`);
