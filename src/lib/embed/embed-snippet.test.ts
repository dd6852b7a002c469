import { describe, it, expect } from 'vitest';
import { embedSnippet } from './embed-tools';

const target = {
	embedPath: '/embed/fighters',
	scriptPath: '/embed-0123456789.js',
	integrity: 'sha384-abc',
	title: 'How many fighters are left'
};

describe('embedSnippet', () => {
	it('builds absolute URLs from the origin it is given, with the script’s SRI hash', () => {
		expect(embedSnippet('https://news.example', target)).toBe(
			'<div data-frame-src="https://news.example/embed/fighters" data-frame-attribute-title="How many fighters are left"></div>\n' +
				'<script src="https://news.example/embed-0123456789.js" integrity="sha384-abc" crossorigin="anonymous" async></script>'
		);
	});
	it('escapes quotes and markup in the title', () => {
		expect(embedSnippet('http://x', { ...target, title: 'Britain "or" <Belgium>' })).toContain(
			'data-frame-attribute-title="Britain &quot;or&quot; &lt;Belgium>"'
		);
	});
});
