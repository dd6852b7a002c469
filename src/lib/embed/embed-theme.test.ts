// The embeds' forced themes use the site's own colours: embed-theme.css repeats src/app.css's light
// and dark values (CSS cannot share one declaration block between a media query and a selector).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';

/** The `--name: #value` colour declarations of a CSS block. */
const colours = (block: string) =>
	Object.fromEntries(
		[...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,8})\b/gi)].map((m) => [m[1], m[2].toLowerCase()])
	);

const app = readFileSync('src/app.css', 'utf8');
const embed = readFileSync('src/lib/embed/embed-theme.css', 'utf8');
const block = (css: string, start: string) => {
	const at = css.indexOf(start);
	if (at < 0) throw new Error(`no "${start}" block`);
	return css.slice(at, css.indexOf('}', at));
};

describe('embed themes', () => {
	const appLight = colours(block(app, ':root {'));
	const appDark = colours(block(app, '@media (prefers-color-scheme: dark)'));

	it('reads both of app.css’s palettes (the test is not blind)', () => {
		expect(Object.keys(appLight).length).toBeGreaterThan(15);
		expect(Object.keys(appDark)).toEqual(Object.keys(appLight));
	});

	it('light (the default) is app.css’s light palette, whatever the system asks', () => {
		expect(colours(block(embed, ":root:not([data-theme='dark'], [data-theme='auto'])"))).toEqual(
			appLight
		);
		expect(block(embed, ":root:not([data-theme='dark']")).toContain('color-scheme: light');
	});

	it('dark is app.css’s dark palette; auto leaves app.css’s media query in charge', () => {
		expect(colours(block(embed, ":root[data-theme='dark']"))).toEqual(appDark);
		expect(block(embed, ":root[data-theme='dark']")).toContain('color-scheme: dark');
		expect(embed).not.toContain("[data-theme='auto'] {");
	});
});
