// One scrollama instance drives every step on the page. Each section's chart shows the state of the
// step at the trigger line: the step entered last, or, when a jump leaves the section, its first or
// last step. Geometry is read once at start and on resize, never per frame.
import scrollama from 'scrollama';
import { activeStepIndex } from '$lib/scroll';

/** Where the trigger line sits, as a share of the viewport height. */
export const TRIGGER = 0.6;

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
	const owner = new Map<Element, [Section, number]>();
	for (const s of sections) s.steps.forEach((step, i) => owner.set(step, [s, i]));

	const activate = (section: Section, index: number) => {
		if (section.active === index) return;
		section.steps[section.active]?.classList.remove('active');
		section.active = index;
		section.steps[index].classList.add('active');
		onState(section.chart, section.steps[index].dataset.state!);
	};
	const measure = () => {
		const line = window.innerHeight * TRIGGER;
		for (const s of sections) {
			activate(
				s,
				activeStepIndex(
					s.steps.map((el) => el.getBoundingClientRect()),
					line
				)
			);
		}
	};
	measure();

	const scroller = scrollama();
	scroller
		.setup({ step: sections.flatMap((s) => s.steps), offset: TRIGGER })
		.onStepEnter(({ element }) => {
			const [section, index] = owner.get(element)!;
			activate(section, index);
		})
		.onStepExit(({ element, direction }) => {
			// Leaving the active step without entering another: the line has left the section.
			const [section, index] = owner.get(element)!;
			if (section.active !== index) return;
			activate(section, direction === 'down' ? section.steps.length - 1 : 0);
		});

	let frame = 0;
	const onResize = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => {
			scroller.resize();
			measure();
		});
	};
	window.addEventListener('resize', onResize);
	return () => {
		scroller.destroy();
		window.removeEventListener('resize', onResize);
		cancelAnimationFrame(frame);
	};
}
