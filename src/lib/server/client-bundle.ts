// The pages' scripts, bundled at build time by Vite with the project's own Svelte plugin config
// (svelte.config.js): the story (islands, steps, citations) and the embeds (frame sizing,
// citations). The chart components are compiled for the client by the same plugin, with the same
// options, as for the server render, so islands hydrate onto the markup (and scoped classes) the
// server wrote. The pages' CSS is inlined by the server render: these bundles carry none.
import { resolve } from 'node:path';
import { build, type Rollup } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
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

async function bundleEntry(name: EntryName, root: string) {
	const { src, split, classic } = ENTRIES[name];
	const result = (await build({
		configFile: false,
		root,
		mode: 'production',
		logLevel: 'error',
		publicDir: false,
		resolve: { alias: { $lib: resolve(root, 'src/lib') } },
		// No CSS in the bundle: the compiler leaves it out, and the server render inlines it.
		// One file (split: false): its dynamic imports would defer nothing, so they are made static.
		plugins: [
			svelte({ emitCss: false, compilerOptions: { css: 'external' } }),
			...(split ? [] : [eagerImports()])
		],
		build: {
			write: false,
			target: 'es2022',
			minify: true,
			reportCompressedSize: false,
			// Library mode: plain modules, without the app's preload helper (no CSS, no preloads).
			lib: {
				entry: { [name]: resolve(root, src) },
				formats: [classic ? 'iife' : 'es'],
				name: classic ? 'embedTheme' : undefined,
				fileName: () => '[name]-[hash].js'
			},
			rollupOptions: {
				output: { chunkFileNames: 'chunk-[hash].js', codeSplitting: split, minify: true }
			}
		}
	})) as Rollup.RollupOutput | Rollup.RollupOutput[];
	const outputs = [result].flat().flatMap((r) => r.output);
	const entry = outputs.find((o) => o.type === 'chunk' && o.isEntry);
	if (!entry) throw new Error(`the client bundle has no file for entry "${name}"`);
	const files = outputs.map((o) => {
		if (o.type !== 'chunk') throw new Error(`the client bundle of "${name}" emitted ${o.fileName}`);
		return [o.fileName, o.code] as const;
	});
	return { entry: entry.fileName, files };
}

async function bundle(): Promise<ClientBundle> {
	const root = process.cwd();
	const names = Object.keys(ENTRIES) as EntryName[];
	const built: Awaited<ReturnType<typeof bundleEntry>>[] = [];
	for (const name of names) built.push(await bundleEntry(name, root));
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
