// The adapter's surface: what a spec may ask of a browser, the same in every engine.
export const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
export type Engine = (typeof ENGINES)[number];
export type Key = 'Tab' | 'Shift+Tab' | 'Enter' | 'Space' | 'Escape';

/** Settings of the whole browser (Firefox takes its media settings as prefs at launch). */
export interface LaunchOptions {
	/** `prefers-reduced-motion: reduce`. */
	reducedMotion?: boolean;
	/** Firefox: keep the new profile in this (empty) folder, to start later launches from. */
	keepProfileIn?: string;
	/** Firefox: start from a copy of this profile (a new profile's first start costs about 2 s of
	 *  CPU, and the suite launches Firefox once per spec file). */
	startFrom?: string;
}

export interface OpenOptions {
	width: number;
	height: number;
	/** Runs in every document of the page (frames included) before its own scripts. */
	initScript?: string;
}

/** A function run in the page: plain JavaScript, one JSON argument, a JSON result. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface Page {
	evaluate<R, A = undefined>(fn: PageFunction<A, R>, arg?: A): Promise<R>;
	/** Runs `fn` in the document of the iframe that `selector` finds (of any origin), once it is there. */
	frameEvaluate<R, A = undefined>(selector: string, fn: PageFunction<A, R>, arg?: A): Promise<R>;
	/** The viewport in CSS px; throws if the engine could not make it exactly that. */
	setViewport(width: number, height: number): Promise<void>;
	/** Navigates and waits for the load event. */
	goto(url: string): Promise<void>;
	reload(): Promise<void>;
	/** A key pressed on whatever has focus. */
	press(key: Key): Promise<void>;
	screenshot(path: string): Promise<void>;
	/** Every error of the top-level documents so far: uncaught exceptions, unhandled rejections,
	 *  console.error, failed resources and CSP violations. */
	errors(): Promise<string[]>;
	close(): Promise<void>;
}

export interface Browser {
	engine: Engine;
	/** The engine's name and version, e.g. "Firefox 153.8.0". */
	version(): Promise<string>;
	/** Firefox: a WebDriver BiDi command on the adapter's own connection. */
	bidi?(method: string, params: object): Promise<unknown>;
	open(url: string, options: OpenOptions): Promise<Page>;
	close(): Promise<void>;
}

/** A page function as one expression, the same text in every engine: JSON arguments only, and a
 *  `__name` stub because esbuild's keepNames may wrap inner named functions in __name(...). */
export function expression<A, R>(fn: PageFunction<A, R>, arg: A | undefined): string {
	const args = arg === undefined ? '' : JSON.stringify(arg);
	return `(() => { const __name = (f) => f; return (${fn})(${args}); })()`;
}
