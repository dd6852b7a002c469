import { describe, it, expect } from 'vitest';
import { embedSnippet } from './embed-tools';

describe('embedSnippet', () => {
	it('builds absolute URLs from the origin it is given', () => {
		expect(embedSnippet('https://news.example', 'fighters', 'How many fighters are left')).toBe(
			'<div data-frame-src="https://news.example/embed/fighters" data-frame-attribute-title="How many fighters are left"></div>\n' +
				'<script src="https://news.example/embed.js" async></script>'
		);
	});
	it('escapes quotes and markup in the title', () => {
		expect(embedSnippet('http://x', 'a', 'Britain "or" <Belgium>')).toContain(
			'data-frame-attribute-title="Britain &quot;or&quot; &lt;Belgium>"'
		);
	});
});
