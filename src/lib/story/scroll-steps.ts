// One scrollama instance drives every step on the page. Each section's chart shows the state of the
// step at the trigger line, which Scrolly.svelte's CSS places (--trigger) so that a step's top edge
// crosses it when its card's centre reaches the middle of where cards are read. scrollama says when
// a step boundary is crossed; the section's active step is then worked out from where its steps
// sit in the page (which also settles jumps out of a section).
// Step geometry is read only when the layout has changed (a ResizeObserver on the steps and the
// page), after the browser's own layout, never at a crossing: a crossing reads the scroll position.
import scrollama, { type DecimalType } from 'scrollama';
import { activeStepIndex } from '$lib/scroll';

/**
 * Where the trigger line sits when the page's CSS does not say, as a share of the viewport height:
 * the middle of the screen.
 */
export const TRIGGER = 0.5;

/**
 * Where the trigger line sits, as a share of the viewport height, in tenths (scrollama's offsets):
 * `--trigger` of the scroll-driven sections (Scrolly.svelte), just under the sticky chart's bottom
 * edge on a phone, the middle of the screen beside it. Read at start and on resize.
 */
export function triggerShare(scrolly: Element | null): DecimalType {
	const share = scrolly ? parseFloat(getComputedStyle(scrolly).getPropertyValue('--trigger')) : NaN;
	return (Math.round((share >= 0 && share <= 1 ? share : TRIGGER) * 10) / 10) as DecimalType;
}

interface Section {
	chart: string;
	steps: HTMLElement[];
	/** Each step's top edge, in px from the top of the page: read when the layout changes. */
	tops: { top: number }[];
	active: number;
}

/**
 * Drives the steps of every `.scrolly[data-chart]` on the page; `onState(chart, state)` runs when a
 * chart should change state. Returns a function that stops it.
 */
export function driveSteps(onState: (chart: string, state: string) => void): () => void {
	const sections: Section[] = [
		...document.querySelectorAll<HTMLElement>('.scrolly[data-chart]')
	].map((el) => ({
		chart: el.dataset.chart!,
		steps: [...el.querySelectorAll<HTMLElement>('.step[data-state]')],
		tops: [],
		active: -1
	}));
	let trigger = triggerShare(document.querySelector('.scrolly[data-chart]'));
	const owner = new Map<Element, [Section, number]>();
	for (const s of sections) s.steps.forEach((step, i) => owner.set(step, [s, i]));

	const activate = (section: Section, index: number) => {
		if (section.active === index) return;
		section.steps[section.active]?.classList.remove('active');
		section.active = index;
		section.steps[index].classList.add('active');
		onState(section.chart, section.steps[index].dataset.state!);
	};
	/** The viewport's height, read on resize (reading it at a crossing could force a layout). */
	let viewportH = window.innerHeight;
	/** Activates the section's step at the line, from its steps' last read places. */
	const measureSection = (s: Section) => {
		if (s.tops.length) activate(s, activeStepIndex(s.tops, window.scrollY + viewportH * trigger));
	};
	const measure = () => sections.forEach(measureSection);
	/**
	 * Reads every step's place in the page. Called by the ResizeObserver, whose callbacks run after
	 * the browser's own layout, so the reads force none.
	 */
	const readGeometry = () => {
		const y = window.scrollY;
		for (const s of sections)
			s.tops = s.steps.map((el) => ({ top: el.getBoundingClientRect().top + y }));
	};
	// Steps move when one of them changes size, or when anything above them does, which changes the
	// page's height. The observer's first call, once the page is first laid out, is the first read.
	const layout = new ResizeObserver(() => {
		readGeometry();
		measure();
	});
	layout.observe(document.body);
	for (const s of sections) s.steps.forEach((step) => layout.observe(step));

	// The exit and the enter of one boundary arrive one after the other in the same frame: the first
	// measures and may redraw the chart, so the second, which would find the same step, measures
	// nothing (reading the scroll position after that redraw would force a layout).
	const measured = new Set<Section>();
	const atCrossing = (s: Section) => {
		if (measured.has(s)) return;
		if (!measured.size) requestAnimationFrame(() => measured.clear());
		measured.add(s);
		measureSection(s);
	};

	// scrollama 3.2 moves its line with offset(), which its types leave out.
	const scroller = scrollama() as ReturnType<typeof scrollama> & {
		offset: (share: DecimalType) => void;
	};
	scroller
		.setup({ step: sections.flatMap((s) => s.steps), offset: trigger })
		.onStepEnter(({ element }) => {
			// The geometry decides, not the event: after a resize, scrollama's new observers report
			// entries that may be stale by the time they arrive.
			atCrossing(owner.get(element)![0]);
		})
		.onStepExit(({ element }) => {
			// Leaving a step without entering another (a jump out of the section), or a wrong exit:
			// scrollama reads only the first entry of an observer's batch, and after a resize one
			// batch can say "left" then "entered". The geometry says where we are.
			atCrossing(owner.get(element)![0]);
		});

	let frame = 0;
	const onResize = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => {
			viewportH = window.innerHeight;
			const share = triggerShare(document.querySelector('.scrolly[data-chart]'));
			// The layout changed (a phone turned, a window widened): the line moves.
			if (share !== trigger) scroller.offset((trigger = share));
			else scroller.resize();
			measure();
		});
	};
	window.addEventListener('resize', onResize);
	return () => {
		scroller.destroy();
		layout.disconnect();
		window.removeEventListener('resize', onResize);
		cancelAnimationFrame(frame);
	};
}
