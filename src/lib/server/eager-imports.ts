// An esbuild plugin for the scripts bundled as one file (the embeds'): there a dynamic import of our
// own code defers nothing, since the module is in the file anyway, yet esbuild wraps it in lazy-init
// and namespace helpers, about 160 B of gzip in an embed script whose budget is 2 KB
// (tests/build/budgets.test.ts). The plugin turns each `import('./x')` into `Promise.resolve({ a, b })`
// of x's exports, imported statically by name, so the wrappers go and the calling code is unchanged.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { build, type Plugin } from 'esbuild';

/** A dynamic import of a string literal, `import('./x')` (one in a comment would be rewritten too). */
const DYNAMIC_IMPORT = /\bimport\(\s*(['"])([^'"]+)\1\s*\)/g;

/** The names a module exports, as esbuild reads them. */
async function exportNames(file: string): Promise<string[]> {
	const { metafile } = await build({
		entryPoints: [file],
		bundle: false,
		write: false,
		metafile: true,
		format: 'esm',
		outdir: dirname(file),
		logLevel: 'silent'
	});
	return Object.values(metafile.outputs)[0].exports;
}

/** `source` with each `import('<spec>')` made static; `resolve` finds the file a spec names. */
export async function eagerSource(
	source: string,
	resolve: (spec: string) => Promise<string>
): Promise<string | null> {
	const calls = [...source.matchAll(DYNAMIC_IMPORT)];
	if (calls.length === 0) return null;
	const imports: string[] = [];
	let contents = source;
	for (const [call, , spec] of calls) {
		const names = await exportNames(await resolve(spec));
		const local = (name: string) => `__eager${imports.length}_${name}`;
		const value = `Promise.resolve({ ${names.map((n) => `${n}: ${local(n)}`).join(', ')} })`;
		imports.push(
			`import { ${names.map((n) => `${n} as ${local(n)}`).join(', ')} } from ${JSON.stringify(spec)};`
		);
		contents = contents.replace(call, value);
	}
	return `${imports.join('\n')}\n${contents}`;
}

export const eagerImports: Plugin = {
	name: 'eager-dynamic-imports',
	setup(b) {
		b.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
			const contents = await eagerSource(await readFile(path, 'utf8'), async (spec) => {
				const found = await b.resolve(spec, {
					kind: 'import-statement',
					resolveDir: dirname(path)
				});
				if (found.errors.length > 0) throw new Error(`${path}: cannot resolve ${spec}`);
				return found.path;
			});
			return contents === null ? undefined : { contents, loader: 'ts' };
		});
	}
};
