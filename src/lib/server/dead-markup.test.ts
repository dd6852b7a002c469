import { describe, expect, it } from 'vitest';
import { stripDeadHydrationMarkers, stripDeadMarkup } from './dead-markup';

describe('stripDeadHydrationMarkers', () => {
	it('removes markers outside islands and keeps every one inside, nested divs included', () => {
		const island =
			'<div class="chart" data-island="a"><!--[--><div><!--[0--><p>x</p><!--]--></div><!----></div>';
		const html = `<main><!--[--><p>Text</p><!--]--><!--[-1--><!--]-->${island}<!--9hb9oy--><div><!----></div></main>`;
		expect(stripDeadHydrationMarkers(html)).toBe(`<main><p>Text</p>${island}<div></div></main>`);
	});
	it('keeps comments that are not markers', () => {
		const html = '<p><!-- a note for editors --></p>';
		expect(stripDeadHydrationMarkers(html)).toBe(html);
	});
	it('refuses a page whose island is never closed, rather than strip inside it', () => {
		expect(() => stripDeadHydrationMarkers('<div data-island="a"><!--[--><p>')).toThrow(
			/never closed/
		);
	});
});

describe('stripDeadMarkup', () => {
	const head =
		'<style>p{}</style>\n\t\t<link href="/_app/a.css" rel="stylesheet" disabled media="(max-width: 0)">';
	it('drops the router’s disabled stylesheets and the markers on a page with no Kit client', () => {
		expect(stripDeadMarkup(`${head}<p><!--[-->x<!--]--></p>`)).toBe('<style>p{}</style><p>x</p>');
	});
	it('leaves a page that starts a SvelteKit client alone', () => {
		const page = `${head}<p><!--[-->x<!--]--></p><script>__sveltekit_abc = {}</script>`;
		expect(stripDeadMarkup(page)).toBe(page);
	});
});
