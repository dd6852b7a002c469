// The social preview image (1200×630 PNG), drawn at build time from the projected map.
import { Resvg } from '@resvg/resvg-js';
import type { MapData } from '$lib/geography';
import { PALETTE as C } from './images/palette';

const escapeXml = (s: string) =>
	s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** The preview as SVG: the map on the right, the title on the left. */
export function ogSvg(map: MapData, title: string, subtitle: string): string {
	const scale = 630 / map.height;
	const dx = 1200 - map.width * scale;
	const towns = map.towns
		.map(
			(t) =>
				`<circle cx="${t.x}" cy="${t.y}" r="${(5 / scale) * 1.6}" fill="${C.ink}" stroke="${C.paper}" stroke-width="${1.5 / scale}"/>`
		)
		.join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="${C.sea}"/>
<g transform="translate(${dx} 0) scale(${scale})">
${map.countries.map((c) => `<path d="${c.d}" fill="${c.id === 'iraq' || c.id === 'syria' ? C.landFocus : C.land}"/>`).join('')}
${(map.borders ?? []).map((b) => `<path d="${b.d}" fill="none" stroke="${C.border}" stroke-width="${1.2 / scale}"/>`).join('')}
${map.rivers.map((r) => `<path d="${r.d}" fill="none" stroke="${C.river}" stroke-width="${3 / scale}"/>`).join('')}
${towns}
</g>
<rect width="560" height="630" fill="${C.paper}" opacity="0.94"/>
<text x="60" y="250" font-family="DejaVu Serif, Georgia, serif" font-weight="bold" font-size="84" fill="${C.ink}">${escapeXml(title)}</text>
${wrap(subtitle, 34)
	.map(
		(line, i) =>
			`<text x="60" y="${330 + i * 40}" font-family="DejaVu Sans, sans-serif" font-size="30" fill="${C.muted}">${escapeXml(line)}</text>`
	)
	.join('\n')}
<rect x="60" y="180" width="80" height="8" fill="${C.accent}"/>
</svg>`;
}

function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if ((line + ' ' + word).trim().length > width) {
			lines.push(line.trim());
			line = word;
		} else line += ' ' + word;
	}
	if (line.trim()) lines.push(line.trim());
	return lines;
}

/** The preview as PNG bytes. */
export function ogPng(map: MapData, title: string, subtitle: string): Uint8Array {
	return new Resvg(ogSvg(map, title, subtitle), {
		font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }
	})
		.render()
		.asPng();
}
