// A deliberately broken step, to watch the specs fail in one engine only:
//   ENGINES_BREAK=webkit:fighters:jarrard npx vitest run --project=webkit
// makes the fighters chart refuse its "jarrard" state in WebKit (it keeps its previous state), as an
// engine bug in applying state would. Unset (always, in npm test), it adds nothing to any page.
import type { Engine } from './driver/types.ts';

export function sabotage(engine: Engine): string | undefined {
	const [which, chart, state] = (process.env.ENGINES_BREAK ?? '').split(':');
	if (which !== engine) return undefined;
	if (!chart || !state) throw new Error('ENGINES_BREAK is engine:chart:state');
	return `new MutationObserver((records) => {
	for (const r of records)
		if (r.target.matches(${JSON.stringify(`.scrolly[data-chart="${chart}"] .chart`)}) &&
			r.target.getAttribute('data-state') === ${JSON.stringify(state)})
			r.target.setAttribute('data-state', r.oldValue);
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'], attributeOldValue: true });`;
}
