// What each page is sent: the story page, an embed page. A chart is sent only what it draws.
import type { PageChart } from '$lib/charts/page-chart';
import type { Site, Story, BuiltChart } from './site';

function sourcesOf(site: Site, chart: BuiltChart): PageChart['sources'] {
	const files = new Set(
		site.evidence.claims.filter((c) => chart.claims.includes(c.claim_id)).map((c) => c.article)
	);
	return site.evidence.articles
		.filter((a) => files.has(a.file))
		.map((a) => ({ label: a.label, file: a.file }));
}

export function pageChart(site: Site, chart: BuiltChart): PageChart {
	return {
		id: chart.id,
		title: chart.title,
		description: chart.description,
		component: chart.component,
		final: chart.final,
		map: chart.map,
		props: chart.props,
		sources: sourcesOf(site, chart)
	};
}

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
	charts: PageChart[];
	attribution: string[];
} {
	const shown = site.story.sections.flatMap((s) => (s.chart ? [s.chart] : []));
	return {
		story: site.story,
		charts: shown.map((id) => pageChart(site, findChart(site, id))),
		attribution: site.map.attribution
	};
}
