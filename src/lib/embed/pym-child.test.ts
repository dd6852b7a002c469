// The Pym child against the real pym.js 1.3.2 (its npm dist file, run in a small fake page in Node):
// we read the URL its Parent writes, our height message is the string its Child sends and the one
// its Parent applies, its Parent's width message is the one message we answer, and nothing else is.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { isPymWidth, pymHeight, pymParent, type PymParent } from './pym-child';

const PYM_SOURCE = readFileSync(createRequire(import.meta.url).resolve('pym.js'), 'utf8');
const EMBED = 'https://embed.example/embed/fighters';
const HOST = 'https://news.example';

interface Pym {
	Parent: new (id: string, url: string, config: object) => { sendWidth(): void };
	Child: new () => unknown;
}

/**
 * pym.js run in a fake page (at `search`, 420 px tall) whose one element is a 640 px container:
 * just what pym's code touches of the DOM. Keeps what pym posts (to its iframe or its parent), the
 * src and height it gives its iframe, and delivers messages to its listeners.
 */
function pymPage(search = '') {
	const posted: unknown[] = [];
	const listeners: ((event: { origin: string; data: unknown }) => void)[] = [];
	const iframe = {
		src: '',
		attributes: {} as Record<string, string>,
		setAttribute: (name: string, value: unknown) => (iframe.attributes[name] = String(value)),
		contentWindow: { postMessage: (data: unknown) => posted.push(data) }
	};
	const container = {
		offsetWidth: 640,
		firstChild: null,
		appendChild() {},
		getElementsByTagName: () => [iframe]
	};
	const html = { className: '' };
	const document = {
		title: 'A host page',
		getElementById: () => container,
		createElement: () => iframe,
		querySelectorAll: () => [],
		getElementsByTagName: (tag: string) => (tag === 'html' ? [html] : [{ offsetHeight: 420 }]),
		createEvent: () => ({ initEvent() {} }),
		dispatchEvent() {}
	};
	const parent = { postMessage: (data: unknown) => posted.push(data) };
	const window = {
		location: { href: `${HOST}/story` },
		addEventListener: (type: string, listener: (typeof listeners)[number]) => {
			if (type === 'message') listeners.push(listener);
		},
		parent,
		top: parent
	};
	const module = { exports: {} as Pym };
	runInNewContext(PYM_SOURCE, { window, document, module, location: { search } });
	return {
		pym: module.exports,
		iframe,
		posted,
		deliver: (data: unknown, origin = 'https://embed.example') =>
			listeners.forEach((listener) => listener({ origin, data }))
	};
}

/** The query of the iframe a real pym.Parent makes for the container `id` and `url`. */
function parentQuery(id: string, url = `${EMBED}?theme=light`) {
	const page = pymPage();
	new page.pym.Parent(id, url, {});
	return new URL(page.iframe.src).search;
}

const parentOf = (id: string, target = '*'): PymParent => ({ id, target });

describe('pymParent: the URL a Pym parent gives its iframe', () => {
	it('reads the id a real pym.Parent writes, after a query of ours or none', () => {
		for (const id of ['c', 'pym-0-x1y2z', 'graphic_2:top.a', 'a'.repeat(64)]) {
			expect(pymParent(parentQuery(id))?.id, id).toBe(id);
			expect(pymParent(parentQuery(id, EMBED))?.id, id).toBe(id);
		}
	});

	it('is undefined without a Pym parent: no query, no childId, or no initialWidth before it', () => {
		for (const search of [
			'',
			'?theme=light',
			'?childId=c',
			'?initialWidth=640',
			'?childId=c&initialWidth=640',
			'?initialWidth=&childId=c',
			'?initialWidth=wide&childId=c',
			'?notinitialWidth=640&childId=c',
			'?initialWidth=640&childIdx=c',
			'?initialWidth=640&childId='
		]) {
			expect(pymParent(search), search).toBeUndefined();
		}
	});

	it('takes no id it would not repeat back verbatim: other characters, encoded ones, too long', () => {
		for (const id of ['a b', 'a<b', 'a"b', 'a/b', 'ax%20b', 'é', 'a'.repeat(65)]) {
			expect(pymParent(`?initialWidth=640&childId=${id}`), id).toBeUndefined();
			expect(pymParent(parentQuery(id)), id).toBeUndefined();
		}
	});

	it('writes to the parent’s origin when the browser gives an http(s) one, else to any', () => {
		const search = parentQuery('c');
		expect(pymParent(search, HOST)?.target).toBe(HOST);
		expect(pymParent(search, 'http://localhost:5173')?.target).toBe('http://localhost:5173');
		for (const origin of [undefined, 'null', 'file://', ''])
			expect(pymParent(search, origin)?.target, String(origin)).toBe('*');
	});
});

describe('pymHeight: what a Pym parent reads', () => {
	it('is what a real pym.Child sends for the same page and height', () => {
		const search = parentQuery('pym-0-x1y2z');
		const child = pymPage(search);
		new child.pym.Child();
		expect(child.posted).toEqual([pymHeight(pymParent(search)!, 420)]);
	});

	it('sets the height of a real pym.Parent’s iframe; another id’s does not', () => {
		const page = pymPage();
		new page.pym.Parent('c', EMBED, {});
		page.deliver(pymHeight(parentOf('other'), 999));
		expect(page.iframe.attributes.height).toBeUndefined();
		page.deliver(pymHeight(parentOf('c'), 1069));
		expect(parseInt(page.iframe.attributes.height)).toBe(1069);
	});
});

describe('isPymWidth: the one Pym message an embed answers', () => {
	it('accepts a real pym.Parent’s width message for our id', () => {
		const page = pymPage();
		new page.pym.Parent('pym-0-x1y2z', EMBED, {}).sendWidth();
		const width = page.posted.at(-1);
		expect(isPymWidth(parentOf('pym-0-x1y2z'), HOST, width)).toBe(true);
		expect(isPymWidth(parentOf('pym-0-x1y2z', HOST), HOST, width)).toBe(true);
		expect(isPymWidth(parentOf('pym-0-x1y2', HOST), HOST, width)).toBe(false);
	});

	it('takes it only from the parent’s origin, when the browser gave it', () => {
		const width = 'pymxPYMxcxPYMxwidthxPYMx640';
		expect(isPymWidth(parentOf('c', HOST), 'https://evil.example', width)).toBe(false);
		expect(isPymWidth(parentOf('c', HOST), `${HOST}:8443`, width)).toBe(false);
	});

	it('ignores anything else, without throwing', () => {
		const c = parentOf('c');
		for (const data of [
			null,
			undefined,
			640,
			'',
			'pym',
			{},
			['pymxPYMxcxPYMxwidthxPYMx640'],
			{ toString: () => 'pymxPYMxcxPYMxwidthxPYMx640' },
			{ sentinel: 'amp', type: 'frames-init' },
			'pymxPYMxcxPYMxheightxPYMx640',
			'pymxPYMxcxPYMxwidthxPYMx',
			'pymxPYMxcxPYMxwidthxPYMx-1',
			'pymxPYMxcxPYMxwidthxPYMx640px',
			'pymxPYMxcxPYMxwidthxPYMx640\n',
			'pymxPYMxcxPYMxwidthxPYMx640xPYMx1',
			'pymxPYMxcxPYMxwidthxPYMx1xPYMxwidthxPYMx640',
			'pymxPYMxcxxPYMxwidthxPYMx640',
			'xpymxPYMxcxPYMxwidthxPYMx640',
			'pymxPYMxcxPYMxnavigateToxPYMxjavascript:alert(1)',
			'pymxPYMxcxPYMxscrollToChildPosxPYMx0',
			'pymxPYMxcxPYMxviewport-iframe-positionxPYMx1000 900 0 0 420 640'
		]) {
			expect(isPymWidth(c, HOST, data), JSON.stringify(data)).toBe(false);
		}
	});
});
