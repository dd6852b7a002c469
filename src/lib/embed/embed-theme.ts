// The embed pages' first script, a classic one in <head> so it runs before the first paint: it marks
// <html data-theme> from the embed URL's ?theme=light|dark|auto (embed-theme.css draws each).
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark' || theme === 'auto') {
	document.documentElement.dataset.theme = theme;
}
