// Every chart. Adding one: a folder with its spec.ts and component, its import and its entry below.
import type { AnyChartSpec } from './chart-spec';
import caliphateSize from './caliphate-size/spec';
import territoryLost from './territory-lost/spec';
import heldShares from './held-shares/spec';
import townSequence from './town-sequence/spec';
import fighters from './fighters/spec';

export const CHART_SPECS: AnyChartSpec[] = [
	caliphateSize,
	territoryLost,
	heldShares,
	townSequence,
	fighters
];

/** The chart ids, for messages and the 404 page. */
export const CHART_IDS = CHART_SPECS.map((s) => s.id);
