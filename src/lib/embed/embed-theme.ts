// The embed pages' first script, a classic one in <head> so it runs before the first paint: it marks
// <html data-theme> from the embed URL's ?theme=light|dark|auto (embed-theme.css draws each), and
// <html data-fit> from ?fit, the iframe-only snippet's mark: the page then lays its chart out to fit
// the frame's fixed height (src/routes/embed/[chart]/+page.svelte).
const query = new URLSearchParams(location.search);
const theme = query.get('theme');
if (theme === 'light' || theme === 'dark' || theme === 'auto') {
	document.documentElement.dataset.theme = theme;
}
if (query.has('fit')) document.documentElement.dataset.fit = '';
