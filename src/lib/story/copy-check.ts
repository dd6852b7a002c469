// Checks the copy against the charts and the evidence: no typed figures, known charts and states,
// unique ids, and every state a chart has reached by some step.
import type { Problem } from '$lib/evidence/problems';
import { partLists, type StoryCopy } from './copy';

/** What the copy check needs to know of a chart. */
export interface ChartStates {
	id: string;
	states: readonly string[];
}

/** A digit of any script (Arabic-Indic, full-width…), with the word around it. */
const TYPED_FIGURE = /[^\s]*\p{Nd}[^\s]*/u;

/** A figure typed into the copy is an error: every number must come from a claim. */
export function findTypedFigures(copy: StoryCopy): Problem[] {
	const problems: Problem[] = [];
	const check = (where: string, text: string) => {
		const m = TYPED_FIGURE.exec(text);
		if (m) {
			problems.push({
				where,
				message: `"${m[0]}" is a figure typed into the copy; cite it as {{claim-id}} instead`
			});
		}
	};
	for (const [where, parts] of partLists(copy)) {
		for (const p of parts) if (typeof p === 'string') check(where, p);
	}
	check('story.aml description', copy.description);
	return problems;
}

/** Sections and steps name known charts and states; ids are unique; every state is reached. */
export function checkCopyAgainstCharts(copy: StoryCopy, charts: ChartStates[]): Problem[] {
	const problems: Problem[] = [];
	const byId = new Map(charts.map((c) => [c.id, c]));
	const ids = new Map<string, string>();
	const claimId = (id: string, where: string) => {
		if (!id) return;
		const first = ids.get(id);
		if (first) {
			problems.push({
				where,
				message: `id "${id}" is already used by ${first}; ids must be unique on the page`
			});
		} else ids.set(id, where);
	};
	const shown = new Set<string>();
	for (const section of copy.sections) {
		const where = `story.aml section ${section.id}`;
		claimId(section.id, where);
		for (const step of section.steps) claimId(step.id, `story.aml step ${step.id}`);
		if (!section.chart) continue;
		const chart = byId.get(section.chart);
		if (!chart) {
			problems.push({
				where,
				message: `chart: "${section.chart}" is not a chart; the charts are: ${[...byId.keys()].join(', ')}`
			});
			continue;
		}
		if (shown.has(chart.id)) {
			problems.push({ where, message: `chart ${chart.id} is already shown by another section` });
		}
		shown.add(chart.id);
		for (const step of section.steps) {
			if (step.state && !chart.states.includes(step.state)) {
				problems.push({
					where: `story.aml step ${step.id}`,
					message: `state: "${step.state}" is not a state of chart ${chart.id}; its states are: ${chart.states.join(', ')}`
				});
			}
		}
		const reached = new Set(section.steps.map((s) => s.state));
		for (const state of chart.states) {
			if (!reached.has(state)) {
				problems.push({
					where,
					message: `chart ${chart.id} has a state "${state}" that no step shows; add a step with state: ${state}, or remove the state from its spec`
				});
			}
		}
	}
	return problems;
}
