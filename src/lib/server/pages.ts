// What each page is sent: the story page, an embed page. A chart is sent only what it draws.
import { drawnChart, type BuiltChart, type DrawnChart } from '$lib/charts/chart-spec';
import type { Site, Story } from './site';

/** Finds a built chart, or names the ones there are. */
export function findChart(site: Site, id: string): BuiltChart {
	const chart = site.charts.find((c) => c.id === id);
	if (!chart) {
		throw new Error(
			`unknown chart id "${id}"; the charts are: ${site.charts.map((c) => c.id).join(', ')}`
		);
	}
	return chart;
}

/** The story page: the resolved copy and the charts its sections show. */
export function storyPage(site: Site): {
	story: Story;
	charts: DrawnChart[];
	attribution: string[];
} {
	const shown = site.story.sections.flatMap((s) => (s.chart ? [s.chart] : []));
	return {
		story: site.story,
		charts: shown.map((id) => drawnChart(findChart(site, id))),
		attribution: site.map.attribution
	};
}
