import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { eagerImports } from './eager-imports';

const dir = mkdtempSync(join(tmpdir(), 'eager-imports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(
	join(dir, 'tools.ts'),
	'export function double(n: number) { return 2 * n; }\nexport const name = "tools";\n'
);
writeFileSync(
	join(dir, 'entry.ts'),
	"export const run = () => import('./tools').then(({ double, name }) => `${name} ${double(21)}`);\n" +
		'export const both = async () => { const [t] = await Promise.all([import("./tools")]); return t.double(1); };\n'
);

/** The entry bundled as one file, minified, with or without the plugin. */
async function bundle(plugins: (typeof eagerImports)[]) {
	const result = await build({
		entryPoints: [join(dir, 'entry.ts')],
		bundle: true,
		format: 'esm',
		minify: true,
		write: false,
		plugins
	});
	return result.outputFiles[0].text;
}

const load = async (code: string) =>
	(await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
		run(): Promise<string>;
		both(): Promise<number>;
	};

describe('eagerImports (esbuild plugin for one-file bundles)', () => {
	it('keeps what the dynamic imports resolve to', async () => {
		const { run, both } = await load(await bundle([eagerImports]));
		expect(await run()).toBe('tools 42');
		expect(await both()).toBe(2);
	});

	it('drops the lazy-module and namespace helpers esbuild adds without it', async () => {
		const [plain, eager] = [await bundle([]), await bundle([eagerImports])];
		expect(plain).toMatch(/Object\.defineProperty/);
		expect(eager).not.toMatch(/Object\.defineProperty/);
		expect(eager.length).toBeLessThan(plain.length);
	});

	it('names the file and the import it cannot resolve', async () => {
		writeFileSync(join(dir, 'broken.ts'), "export const f = () => import('./missing');\n");
		await expect(
			build({
				entryPoints: [join(dir, 'broken.ts')],
				bundle: true,
				write: false,
				logLevel: 'silent',
				plugins: [eagerImports]
			})
		).rejects.toThrow(/broken\.ts: cannot resolve \.\/missing/);
	});
});
