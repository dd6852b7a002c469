// One scrollama instance drives every step on the page. Each section's chart shows the state of the
// step at the trigger line, which Scrolly.svelte's CSS places (--trigger) so that a step's top edge
// crosses it when its card's centre reaches the middle of where cards are read. scrollama says when
// a step boundary is crossed; the section is then measured in the next frame (once per crossing,
// which also settles jumps out of a section).
// Geometry is read at start, on resize and at those crossings: at step boundaries, never per frame.
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
	const measureSection = (s: Section) =>
		activate(
			s,
			activeStepIndex(
				s.steps.map((el) => el.getBoundingClientRect()),
				window.innerHeight * trigger
			)
		);
	const measure = () => sections.forEach(measureSection);
	measure();
	const pending = new Set<Section>();
	let exitFrame = 0;
	const measureSoon = (s: Section) => {
		pending.add(s);
		cancelAnimationFrame(exitFrame);
		exitFrame = requestAnimationFrame(() => {
			pending.forEach(measureSection);
			pending.clear();
		});
	};

	// scrollama 3.2 moves its line with offset(), which its types leave out.
	const scroller = scrollama() as ReturnType<typeof scrollama> & {
		offset: (share: DecimalType) => void;
	};
	scroller
		.setup({ step: sections.flatMap((s) => s.steps), offset: trigger })
		.onStepEnter(({ element }) => {
			// The geometry decides, not the event: after a resize, scrollama's new observers report
			// entries that may be stale by the time they arrive. One measure per crossing: the exit and
			// the enter of one boundary share a frame.
			measureSoon(owner.get(element)![0]);
		})
		.onStepExit(({ element }) => {
			// Leaving a step without entering another (a jump out of the section), or a wrong exit:
			// scrollama reads only the first entry of an observer's batch, and after a resize one
			// batch can say "left" then "entered". The geometry says where we are.
			measureSoon(owner.get(element)![0]);
		});

	let frame = 0;
	const onResize = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => {
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
		window.removeEventListener('resize', onResize);
		cancelAnimationFrame(frame);
		cancelAnimationFrame(exitFrame);
	};
}
