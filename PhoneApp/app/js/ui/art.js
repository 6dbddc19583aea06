// Copyright (c) 2026 Owner-keyed firmware contributors
// Licensed under the MIT license. See LICENSE in the repository root.

// The garage door picture, one drawing per state: the door panel's height shows how far it is open, arrows show
// motion, red marks a fault, an orange bar an obstruction.

const Panel = { unknown: 0.5, closed: 1, opening: 0.55, open: 0.08, closing: 0.45, stopped: 0.6, fault: 0.6 };

export function doorPicture(stateName, obstructed) {
    const fill = Panel[stateName] ?? 0.5;
    const panelHeight = Math.round(70 * fill);
    const colour = stateName === 'fault' ? '#e63946' : stateName === 'unknown' ? '#adb5bd' : '#457b9d';
    const lines = [];
    for (let y = 40 + 10; y < 40 + panelHeight; y += 12) {
        lines.push(`<line x1="30" y1="${y}" x2="130" y2="${y}" stroke="#1d3557" stroke-width="1"/>`);
    }
    const arrow = stateName === 'opening' ? '<path d="M150 75 l10 -14 l10 14z" fill="#2a9d8f"/>'
        : stateName === 'closing' ? '<path d="M150 61 l10 14 l10 -14z" fill="#e76f51"/>' : '';
    const mark = stateName === 'fault' ? '<text x="80" y="125" font-size="22" text-anchor="middle" fill="#e63946">!</text>'
        : stateName === 'unknown' ? '<text x="80" y="125" font-size="22" text-anchor="middle" fill="#6c757d">?</text>' : '';
    const bar = obstructed ? '<rect x="30" y="104" width="100" height="6" fill="#f4a261"/>' : '';
    return `<svg viewBox="0 0 180 130" role="img" aria-label="garage door ${stateName}" data-state="${stateName}">
<path d="M20 40 L80 8 L140 40 V112 H20Z" fill="#f1faee" stroke="#1d3557" stroke-width="3"/>
<rect x="30" y="40" width="100" height="70" fill="#222"/>
<rect x="30" y="40" width="100" height="${panelHeight}" fill="${colour}"/>${lines.join('')}${bar}${arrow}${mark}</svg>`;
}
