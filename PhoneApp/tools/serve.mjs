// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// A tiny static file server for the app (node:http, no dependencies), for the demo and the browser test.
// Usage: node tools/serve.mjs [port] [host]; prints "serving http://host:port/" once listening.
// Browsers treat http://127.0.0.1 as a secure context, so WebCrypto, service workers and IndexedDB work there.

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const appRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'app');
const types = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
    '.json': 'application/json',
};

/** Starts the server; resolves with { server, port, url }. */
export function serveApp(port = 0, host = '127.0.0.1') {
    const server = createServer(async (req, res) => {
        const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
        const file = normalize(join(appRoot, path.endsWith('/') ? path + 'index.html' : path));
        if (!file.startsWith(appRoot)) {
            res.writeHead(403).end();
            return;
        }
        try {
            const body = await readFile(file);
            res.writeHead(200, { 'Content-Type': types[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
            res.end(body);
        } catch {
            res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        }
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            const actual = server.address().port;
            resolve({ server, port: actual, url: `http://${host}:${actual}/` });
        });
    });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const { url } = await serveApp(Number(process.argv[2] || 0), process.argv[3] || '127.0.0.1');
    console.log(`serving ${url}`);
}
