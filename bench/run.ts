// `npm run bench`: builds the site and an empty SvelteKit page from clean, writes the no-JS floor
// (the same HTML without scripts), serves all three gzipped on 127.0.0.1, and measures, for the
// story against both floors: the scripts each page really loads, the HTML size, Lighthouse (runs
// interleaved) and scroll frames at 4× CPU (runs interleaved). Prints a Markdown table against the
// targets of issue 9 and writes bench/results.json.
//
// Options: --skip-build (measure the existing build/ and bench/out/empty-app/build),
//          --runs=N (Lighthouse runs per page, default 5), --scroll-runs=N (scroll runs per page,
//          default --runs), --no-lighthouse, --no-scroll.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { launchChromium } from '../tools/chromium.ts';
import { serveStatic } from '../tools/static-server.ts';
import { buildEmptyApp, buildSite } from './build-time.ts';
import { cleanUpOnExit, cleanupAll, onCleanup } from './cleanup.ts';
import { assertBuilt, writeNoJsFloor } from './floors.ts';
import { lighthouseInterleaved } from './lighthouse-runs.ts';
import { log } from './log.ts';
import { loadWarning, sampleLoad } from './machine-load.ts';
import { EMPTY_BUILD, NOJS_BUILD, OUT, RESULTS, SITE_BUILD } from './paths.ts';
import { markdownTable, tableRows, type BenchData } from './report.ts';
import { writeResults } from './results-file.ts';
import { chartIds, htmlSize, scriptBytes } from './script-bytes.ts';
import { scrollInterleaved } from './scroll-frames.ts';
import { whereTimeGoes } from './where-time-goes.ts';

function parseArgs(argv: string[]) {
	const flags = ['--skip-build', '--no-lighthouse', '--no-scroll'];
	const count = (name: string): number | undefined => {
		const arg = argv.find((a) => a.startsWith(`--${name}=`));
		if (arg === undefined) return undefined;
		const n = Number(arg.slice(name.length + 3));
		if (!Number.isInteger(n) || n < 1 || n > 25) {
			throw new Error(`--${name} wants a whole number from 1 to 25, not "${arg}"`);
		}
		return n;
	};
	for (const arg of argv) {
		if (!flags.includes(arg) && !/^--(runs|scroll-runs)=/.test(arg)) {
			throw new Error(
				`unknown option ${arg}; options: ${flags.join(' ')} --runs=N --scroll-runs=N`
			);
		}
	}
	const runs = count('runs') ?? 5;
	return {
		skipBuild: argv.includes('--skip-build'),
		lighthouse: !argv.includes('--no-lighthouse'),
		scroll: !argv.includes('--no-scroll'),
		runs,
		scrollRuns: count('scroll-runs') ?? runs
	};
}

async function withBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
	const browser = await launchChromium(chromium);
	const close = onCleanup(() => browser.close());
	try {
		return await work(browser);
	} finally {
		await close();
	}
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	const startedAt = new Date();
	const load = sampleLoad();
	mkdirSync(OUT, { recursive: true });

	const buildMs = { site: NaN, empty: NaN };
	if (args.skipBuild) log('--skip-build: measuring the existing builds (no build times)');
	else {
		buildMs.site = await buildSite();
		buildMs.empty = await buildEmptyApp();
	}
	assertBuilt();
	const floorRemoved = writeNoJsFloor();
	log(
		`no-JS floor written to ${NOJS_BUILD} (index.html: ${floorRemoved['index.html']} elements removed)`
	);

	const serve = async (root: string) => {
		const server = await serveStatic(root, { port: 0, gzip: true });
		onCleanup(() => server.close());
		return `${server.origin}/`;
	};
	const pages = {
		story: await serve(SITE_BUILD),
		nojs: await serve(NOJS_BUILD),
		empty: await serve(EMPTY_BUILD)
	};
	const ids = chartIds(SITE_BUILD);
	const embedPages = Object.fromEntries(ids.map((id) => [id, `${pages.story}embed/${id}`]));

	log('script bytes: each page loaded in Chromium, first view, then scrolled to the bottom…');
	let chromiumVersion = '';
	const { bytes, embeds } = await withBrowser(async (browser) => {
		chromiumVersion = browser.version();
		return {
			bytes: await scriptBytes(browser, pages),
			embeds: await scriptBytes(browser, embedPages)
		};
	});
	if (bytes.nojs.fullScroll.items.length) {
		throw new Error(
			`the no-JS floor still loads scripts: ${bytes.nojs.fullScroll.items.map((i) => i.name).join(', ')}`
		);
	}

	const data: BenchData = {
		buildMs,
		html: {
			story: htmlSize(join(SITE_BUILD, 'index.html')),
			nojs: htmlSize(join(NOJS_BUILD, 'index.html')),
			empty: htmlSize(join(EMPTY_BUILD, 'index.html'))
		},
		bytes,
		embeds,
		lighthouse: null,
		scroll: null
	};

	if (args.lighthouse) {
		log(`lighthouse: ${args.runs} runs of story, no-JS floor, empty page, interleaved…`);
		data.lighthouse = await lighthouseInterleaved(pages, args.runs);
	}
	if (args.scroll) {
		log(
			`scroll at 4× CPU, 412×823: ${args.scrollRuns} runs of story and no-JS floor, interleaved…`
		);
		data.scroll = await withBrowser((browser) =>
			scrollInterleaved(browser, { story: pages.story, nojs: pages.nojs }, args.scrollRuns)
		);
	}

	const machineLoad = load.stop();
	const rows = tableRows(data);
	console.log(`\n${markdownTable(rows)}\n`);
	console.log(
		'met? is judged on the median of the runs; ratio = story ÷ no-JS floor (medians); ' +
			'script bytes count inline <script> elements of every type, JSON data blocks included.\n'
	);
	const warning = loadWarning(machineLoad);
	if (warning) console.log(`${warning}\n`);
	console.log(`${whereTimeGoes(bytes.story, data.lighthouse, data.scroll?.story)}\n`);
	const durationS = writeResults(
		RESULTS,
		{
			startedAt,
			lighthouseRuns: args.lighthouse ? args.runs : 0,
			scrollRuns: args.scroll ? args.scrollRuns : 0,
			chromium: chromiumVersion,
			floorRemoved,
			machineLoad
		},
		rows,
		data
	);
	log(`wrote ${RESULTS} (${durationS} s)`);
}

cleanUpOnExit();
try {
	await main();
} catch (error) {
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	process.exitCode = 1;
} finally {
	await cleanupAll();
	log('done');
}
