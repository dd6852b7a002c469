// Hydrates each chart island on its own, in the browser's idle time, and sets its state. Text is
// never hydrated. If a chart's code fails to load or throws, its prerendered final state stays on
// screen.
import { flushSync, hydrate, type Component } from 'svelte';
import { SITE_PATHS, type SitePaths } from '$lib/site-paths';
import { islandProps } from './island-props.svelte';
import { whenIdle } from './idle';

/** One island on the page: the state the page wants it in, applied once it is hydrated. */
export interface IslandHandle {
	id: string;
	element: HTMLElement;
	/** Draws the island in this state (animated once hydrated); remembered until then. */
	setState(state: string): void;
	/** For print: draws the final state at once, then (false) the state the page wants again. */
	printing(on: boolean): void;
}

type ChartModule = { default: Component<Record<string, unknown>> };

/**
 * Every chart folder's components, each its own chunk, loaded when an island needs it; not the
 * SVG layers that only image editions draw (`*.svg.svelte`).
 */
const components = import.meta.glob<ChartModule>([
	'../charts/*/*.svelte',
	'!../charts/*/*.svg.svelte'
]);

/** The chart component an island names (`data-component`, in its chart's folder). */
const loadComponent = (id: string, name: string): Promise<ChartModule> => {
	const load = components[`../charts/${id}/${name}.svelte`];
	return load ? load() : Promise.reject(new Error(`no component ${id}/${name}.svelte`));
};

/** Lets the browser paint and handle input before the next step. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * An island, hydrated in three steps, each its own task: load its code and data (each resolves,
 * and its JSON is parsed, in its own task); hydrate the prerendered chart in the final state it was
 * rendered in (no DOM changes); draw the state the page wants.
 */
interface Island extends IslandHandle {
	/** Takes the next step. */
	step(): Promise<void>;
	/** Hydrated and drawn in the wanted state, or failed: no step left. */
	readonly done: boolean;
}

/** An island's code and data, fetched. */
interface Loaded {
	Chart: ChartModule['default'];
	data: Record<string, unknown>;
}

function island(element: HTMLElement, paths: SitePaths): Island {
	const id = element.dataset.island!;
	let wanted = element.dataset.final!;
	let beforePrint = wanted;
	let loaded: Loaded | null = null;
	let props: ReturnType<typeof islandProps> | null = null;
	let settled = false;
	let failed = false;
	let snapshot: Node[] = [];

	const restore = (error: unknown) => {
		failed = true;
		props = null;
		if (snapshot.length) element.replaceChildren(...snapshot);
		element.dataset.state = 'final';
		console.warn(`chart ${id} stays in its final state:`, error);
	};
	const apply = (animate: boolean) => {
		if (!props || !settled || failed) return;
		try {
			props.animate = animate;
			props.state = wanted;
			flushSync();
			element.dataset.state = wanted;
		} catch (error) {
			restore(error);
		}
	};
	return {
		id,
		element,
		get done() {
			return settled || failed;
		},
		setState(state) {
			if (state === wanted && props) return;
			wanted = state;
			apply(true);
		},
		printing(on) {
			if (on) [beforePrint, wanted] = [wanted, element.dataset.final!];
			else wanted = beforePrint;
			apply(false);
		},
		async step() {
			if (failed || settled) return;
			if (!loaded) loaded = await load();
			else if (!props) hydrateNow(loaded);
			else {
				settled = true;
				apply(false);
			}
		}
	};

	async function load(): Promise<Loaded | null> {
		try {
			const [{ default: Chart }, data] = await Promise.all([
				loadComponent(id, element.dataset.component!),
				fetch(element.dataset.props!).then((r) => {
					if (!r.ok) throw new Error(`${element.dataset.props}: HTTP ${r.status}`);
					return r.json() as Promise<Record<string, unknown>>;
				})
			]);
			return { Chart, data };
		} catch (error) {
			restore(error);
			return null;
		}
	}
	function hydrateNow({ Chart, data }: Loaded) {
		try {
			snapshot = [...element.cloneNode(true).childNodes];
			props = islandProps(data, element.dataset.final!);
			hydrate(Chart, {
				target: element,
				props,
				context: new Map([[SITE_PATHS, paths]]),
				recover: false
			});
		} catch (error) {
			restore(error);
		}
	}
}

/**
 * Finds the page's islands and hydrates them in page order, each step in the browser's idle time
 * (a frame it has nothing to draw for), so that a reader's scroll never waits on one. An island
 * that comes within a screen of the viewport before its turn goes first, without waiting.
 */
export function hydrateIslands(paths: SitePaths): Map<string, IslandHandle> {
	const islands = [...document.querySelectorAll<HTMLElement>('[data-island]')].map((el) =>
		island(el, paths)
	);
	const near = new Set<Island>();
	const next = () => islands.find((i) => near.has(i) && !i.done) ?? islands.find((i) => !i.done);
	/** Ends a wait for idle time early: an island has come near the screen. */
	let wake = () => {};
	let running = false;
	const drain = async () => {
		if (running) return;
		running = true;
		for (let i = next(); i; i = next()) {
			if (near.has(i)) await yieldToBrowser();
			else {
				await new Promise<void>((resolve) => {
					wake = resolve;
					whenIdle(resolve);
				});
				// Idle, or woken because an island came near: the first in line takes its next step.
				i = next();
			}
			await i?.step();
		}
		running = false;
	};
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				observer.unobserve(entry.target);
				const found = islands.find((i) => i.element === entry.target);
				if (found) near.add(found);
			}
			wake();
			void drain();
		},
		{ rootMargin: '100% 0px' }
	);
	for (const i of islands) observer.observe(i.element);
	return new Map(islands.map((i) => [i.id, i]));
}
