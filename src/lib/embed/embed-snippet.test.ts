import { describe, it, expect } from 'vitest';
import { parse } from 'node-html-parser';
import { embedSnippet, type SnippetTarget } from './embed-snippet';

const target: SnippetTarget = {
	embedUrl: 'https://news.example/graphics/x/embed/fighters',
	scriptUrl: 'https://news.example/graphics/x/embed-0123456789.js',
	integrity: 'sha384-abc',
	title: 'How many fighters are left',
	image: {
		url: 'https://news.example/graphics/x/data/fighters.png',
		width: 640,
		height: 579,
		alt: 'How many fighters are left: estimates'
	},
	height: 720
};

describe('embedSnippet', () => {
	it('responsive: a lazy, resizing frame for the chosen theme, with SRI, and the image as fallback', () => {
		const snippet = embedSnippet(target, 'dark', 'responsive');
		expect(snippet).toBe(
			'<div data-frame-src="https://news.example/graphics/x/embed/fighters?theme=dark" data-frame-attribute-title="How many fighters are left" data-frame-attribute-loading="lazy" data-frame-attribute-height="720">\n' +
				'<a data-frame-fallback href="https://news.example/graphics/x/embed/fighters?theme=dark"><img src="https://news.example/graphics/x/data/fighters.png" alt="How many fighters are left: estimates" width="640" height="579" style="display:block;width:100%;height:auto"></a>\n' +
				'</div>\n' +
				'<script src="https://news.example/graphics/x/embed-0123456789.js" integrity="sha384-abc" crossorigin="anonymous" async></script>'
		);
		// What a host that strips scripts keeps: the container and its linked image.
		const stripped = parse(snippet.replace(/<script[\s\S]*<\/script>/, ''));
		const link = stripped.querySelector('[data-frame-src] > a[data-frame-fallback]');
		expect(link?.getAttribute('href')).toBe(
			'https://news.example/graphics/x/embed/fighters?theme=dark'
		);
		expect(link?.querySelector('img')?.getAttribute('src')).toMatch(/\/data\/fighters\.png$/);
	});

	it('iframe only: no script, a fixed height, lazy, the theme and `fit` in its URL', () => {
		const snippet = embedSnippet(target, 'auto', 'iframe');
		expect(snippet).toBe(
			'<iframe src="https://news.example/graphics/x/embed/fighters?theme=auto&amp;fit" title="How many fighters are left" width="100%" height="720" loading="lazy" style="display:block;width:100%;border:0"></iframe>'
		);
		expect(snippet).not.toContain('<script');
	});

	it('escapes quotes and markup in the title and alt text', () => {
		const odd = {
			...target,
			title: 'Britain "or" <Belgium>',
			image: { ...target.image, alt: '"a" <b>' }
		};
		for (const variant of ['responsive', 'iframe'] as const) {
			expect(embedSnippet(odd, 'light', variant)).toContain(
				'"Britain &quot;or&quot; &lt;Belgium>"'
			);
		}
		expect(embedSnippet(odd, 'light', 'responsive')).toContain('alt="&quot;a&quot; &lt;b>"');
	});
});
