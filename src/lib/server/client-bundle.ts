// The pages' scripts, bundled at build time with esbuild: the story (islands, steps, citations) and
// the embeds (frame sizing, citations). Svelte components are compiled for the client here with
// the same options as the server build, so islands hydrate onto the markup the server wrote.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, transform, type Plugin } from 'esbuild';
import { compile, compileModule } from 'svelte/compiler';
import { cssHash } from '../../../svelte-css-hash.js';
import { eagerImports } from './eager-imports';

export type EntryName = 'story' | 'embed' | 'embed-theme';

/**
 * Each page's entry script, by the name its file is served under. The story splits its code so
 * each chart loads apart; an embed's script is small enough to be one file (fewer requests, and
 * one gzip stream compresses better than several).
 */
const ENTRIES: Record<EntryName, { src: string; split: boolean; classic?: boolean }> = {
	story: { src: 'src/lib/client/story.ts', split: true },
	embed: { src: 'src/lib/embed/embed-client.ts', split: false },
	// A classic script for <head>: it must run before the first paint, which a module never does.
	'embed-theme': { src: 'src/lib/embed/embed-theme.ts', split: false, classic: true }
};

export interface ClientBundle {
	/** Every file under /client/, by name. */
	files: Map<string, string>;
	/** The file each entry is served as (its name carries a content hash). */
	entries: Record<EntryName, string>;
}

const sveltePlugin: Plugin = {
	name: 'svelte',
	setup(b) {
		b.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
			const { js } = compile(await readFile(path, 'utf8'), {
				filename: path,
				generate: 'client',
				css: 'external',
				runes: true,
				cssHash
			});
			return { contents: js.code, loader: 'js' };
		});
		b.onLoad({ filter: /\.svelte\.ts$/ }, async ({ path }) => {
			const { code } = await transform(await readFile(path, 'utf8'), { loader: 'ts' });
			const { js } = compileModule(code, { filename: path, generate: 'client' });
			return { contents: js.code, loader: 'js' };
		});
	}
};

async function bundleEntry(name: EntryName, root: string) {
	const { src, split, classic } = ENTRIES[name];
	const result = await build({
		absWorkingDir: root,
		entryPoints: { [name]: resolve(root, src) },
		alias: { $lib: resolve(root, 'src/lib') },
		bundle: true,
		splitting: split,
		format: classic ? 'iife' : 'esm',
		platform: 'browser',
		target: 'es2022',
		conditions: ['svelte', 'browser', 'production'],
		minify: true,
		write: false,
		outdir: resolve(root, 'client'),
		entryNames: '[name]-[hash]',
		chunkNames: 'chunk-[hash]',
		metafile: true,
		legalComments: 'none',
		logLevel: 'error',
		// One file: its dynamic imports would defer nothing, so they are made static.
		plugins: split ? [sveltePlugin] : [sveltePlugin, eagerImports]
	});
	const entry = Object.entries(result.metafile.outputs).find(
		([, meta]) => meta.entryPoint && resolve(root, meta.entryPoint) === resolve(root, src)
	);
	if (!entry) throw new Error(`the client bundle has no file for entry "${name}"`);
	return {
		entry: entry[0].split('/').pop()!,
		files: result.outputFiles.map((f) => [f.path.split('/').pop()!, f.text] as const)
	};
}

async function bundle(): Promise<ClientBundle> {
	const root = process.cwd();
	const names = Object.keys(ENTRIES) as EntryName[];
	const built = await Promise.all(names.map((name) => bundleEntry(name, root)));
	return {
		files: new Map(built.flatMap((b) => b.files)),
		entries: Object.fromEntries(names.map((name, i) => [name, built[i].entry])) as Record<
			EntryName,
			string
		>
	};
}

let built: Promise<ClientBundle> | undefined;

/** The client bundle, built once per build. */
export function clientBundle(): Promise<ClientBundle> {
	built ??= bundle();
	return built;
}

/** The URL of an entry's script, under the base path. */
export async function entryScript(base: string, name: EntryName): Promise<string> {
	return `${base}/client/${(await clientBundle()).entries[name]}`;
}
