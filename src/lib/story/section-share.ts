// Section links: with the Web Share API (phones) they open the share sheet; elsewhere they copy the
// section's address and say so. Without either they stay plain anchors.

/** Wires every `a[data-share]` on the page; `status` is a live region that announces a copy. */
export function wireSectionLinks(status: HTMLElement): void {
	document.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-share]');
		if (!link || event.defaultPrevented || event.button !== 0) return;
		if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		const url = new URL(link.getAttribute('href')!, location.href).href;
		if (typeof navigator.share === 'function') {
			event.preventDefault();
			navigator.share({ title: document.title, url }).catch(() => {
				// Dismissing the share sheet is not an error the reader needs to hear about.
			});
		} else if (navigator.clipboard && window.isSecureContext) {
			event.preventDefault();
			navigator.clipboard.writeText(url).then(
				() => announce(status, link, 'Link copied'),
				() => location.assign(url)
			);
		}
	});
}

function announce(status: HTMLElement, link: HTMLAnchorElement, message: string) {
	const before = link.textContent;
	status.textContent = message;
	link.textContent = message;
	setTimeout(() => {
		status.textContent = '';
		link.textContent = before;
	}, 2500);
}
