// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// Tiny DOM helpers: h() builds elements, say() shows a message (errors in words), screen() swaps the main view.

/** h('button#open.big', { onclick }, 'Open') */
export function h(spec, attrs, ...children) {
    const [, tag, id, classes] = /^([a-z0-9]+)(?:#([\w-]+))?((?:\.[\w-]+)*)$/.exec(spec);
    const el = document.createElement(tag);
    if (id) {
        el.id = id;
    }
    if (classes) {
        el.className = classes.slice(1).replace(/\./g, ' ');
    }
    for (const [k, v] of Object.entries(attrs || {})) {
        if (k.startsWith('on')) {
            el.addEventListener(k.slice(2), v);
        } else if (k === 'dataset') {
            Object.assign(el.dataset, v);
        } else if (v !== false && v !== undefined && v !== null) {
            el.setAttribute(k, v === true ? '' : v);
        }
    }
    for (const c of children.flat()) {
        if (c !== null && c !== undefined && c !== false) {
            el.append(c instanceof Node ? c : String(c));
        }
    }
    return el;
}

export function say(text, isError = false) {
    const box = document.getElementById('message');
    box.textContent = text || '';
    box.className = isError ? 'error' : '';
}

/** Runs an async UI action, showing any failure in words (AppError messages are already sentences). */
export async function attempt(fn) {
    try {
        return await fn();
    } catch (e) {
        say(e && e.message ? e.message : String(e), true);
        return undefined;
    }
}

export function screen(...children) {
    const main = document.getElementById('screen');
    main.replaceChildren(...children);
    return main;
}
