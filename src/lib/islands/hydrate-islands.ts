// Hydrates each chart island on its own when it nears the screen, one per task, and sets its state.
// Text is never hydrated. If a chart's code fails to load or throws, its prerendered final state
// stays on screen.
import { flushSync, hydrate, type Component } from 'svelte';
import { SITE_PATHS, type SitePaths } from '$lib/site-paths';
import { islandProps } from './island-props.svelte';

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

/** Lets the browser paint and handle input between two islands. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function island(
	element: HTMLElement,
	paths: SitePaths
): IslandHandle & { hydrate(): Promise<void> } {
	const id = element.dataset.island!;
	let wanted = element.dataset.final!;
	let beforePrint = wanted;
	let props: ReturnType<typeof islandProps> | null = null;
	let failed = false;
	const snapshot = element.cloneNode(true) as HTMLElement;

	const restore = (error: unknown) => {
		failed = true;
		props = null;
		element.replaceChildren(...snapshot.cloneNode(true).childNodes);
		element.dataset.state = 'final';
		console.warn(`chart ${id} stays in its final state:`, error);
	};
	const apply = (animate: boolean) => {
		if (!props || failed) return;
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
		async hydrate() {
			if (props || failed) return;
			try {
				const [{ default: Chart }, data] = await Promise.all([
					loadComponent(id, element.dataset.component!),
					fetch(element.dataset.props!).then((r) => {
						if (!r.ok) throw new Error(`${element.dataset.props}: HTTP ${r.status}`);
						return r.json() as Promise<Record<string, unknown>>;
					})
				]);
				props = islandProps(data, element.dataset.final!);
				hydrate(Chart, {
					target: element,
					props,
					context: new Map([[SITE_PATHS, paths]]),
					recover: false
				});
				apply(false);
			} catch (error) {
				restore(error);
			}
		}
	};
}

/** Finds the page's islands and hydrates each as it comes within a screen of the viewport. */
export function hydrateIslands(paths: SitePaths): Map<string, IslandHandle> {
	const islands = [...document.querySelectorAll<HTMLElement>('[data-island]')].map((el) =>
		island(el, paths)
	);
	const queue: (typeof islands)[number][] = [];
	let running = false;
	const drain = async () => {
		if (running) return;
		running = true;
		while (queue.length) {
			await queue.shift()!.hydrate();
			await yieldToBrowser();
		}
		running = false;
	};
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				observer.unobserve(entry.target);
				const found = islands.find((i) => i.element === entry.target);
				if (found) queue.push(found);
			}
			void drain();
		},
		{ rootMargin: '100% 0px' }
	);
	for (const i of islands) observer.observe(i.element);
	return new Map(islands.map((i) => [i.id, i]));
}
