// The image editions' colours: src/app.css's light theme (the images are printed on white paper),
// read from the file itself at build time, so a colour is written once. Each token there is
// `--name: light-dark(<light>, <dark>)`; a missing or malformed one stops the build, naming it.
import { readFileSync } from 'node:fs';
import type { Palette } from '$lib/charts/image-edition';

export { SANS, SERIF } from '$lib/charts/image-edition';

const TOKENS: (keyof Palette)[] = [
	'paper',
	'ink',
	'muted',
	'rule',
	'accent',
	'accentInk',
	'held',
	'heldSoft',
	'lost',
	'highlight',
	'sea',
	'land',
	'landFocus',
	'border',
	'river',
	'riverInk'
];

/** `heldSoft` → `--held-soft`. */
const cssName = (token: string) => `--${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Each colour token's light value, from a stylesheet's `--name: light-dark(light, dark)`. */
export function lightPalette(css: string, file = 'src/app.css'): Palette {
	const light = new Map(
		[
			...css.matchAll(
				/(--[\w-]+)\s*:\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,\s*#[0-9a-f]{3,8}\s*\)/gi
			)
		].map((m) => [m[1], m[2].toLowerCase()])
	);
	const missing = TOKENS.map(cssName).filter((name) => !light.has(name));
	if (missing.length) {
		throw new Error(
			`${file} has no ${missing.join(', ')} as light-dark(#light, #dark): the image editions take their colours from it`
		);
	}
	return Object.fromEntries(TOKENS.map((t) => [t, light.get(cssName(t))!])) as Palette;
}

/** The stylesheet the colours are written in, from the project's root (where builds run). */
const APP_CSS = 'src/app.css';

export const PALETTE: Palette = lightPalette(readFileSync(APP_CSS, 'utf8'), APP_CSS);
