// The child half of Pym.js's protocol, as pym.js 1.3.2 speaks it (node_modules/pym.js/dist/pym.v1.js),
// for hosts that frame an embed with `new pym.Parent(id, url)`. That parent adds
// `initialWidth=<px>&childId=<id>` (then `parentTitle`, `parentUrl`) to our URL, sets the iframe's
// height from the string `pymxPYMx<id>xPYMxheightxPYMx<px>` (any other message it ignores), and on
// each window resize sends us `pymxPYMx<id>xPYMxwidthxPYMx<px>`. We speak only those two: not
// navigateTo, scrollToChildPos or parentPositionInfo, which act on the host page, and we read
// nothing of parentUrl, which the host may set to anything (Pym's `parenturlvalue`).

export interface PymParent {
	/** The id the parent knows us by (its container's id), as it wrote it in our URL. */
	id: string;
	/** Where our messages go: the parent's origin, when the browser tells it, or '*'. */
	target: string;
}

/**
 * The Pym parent that framed us, or undefined when our query does not carry Pym's
 * `initialWidth=<px>&childId=<id>`, in Pym's order and unencoded, as Pym writes it. We repeat the id
 * back, so only word characters, `.`, `:` and `-` are taken (Pym's own ids, `pym-0-x1y2z`, and any
 * sane element id), at most 64. `ancestorOrigin` is the browser's `location.ancestorOrigins[0]`, the
 * parent's origin (Chromium, WebKit and Firefox 153 ESR have it): our messages go there when it is
 * http(s), else to '*', which reveals nothing but our height and the id the parent gave us.
 */
export function pymParent(search: string, ancestorOrigin?: string): PymParent | undefined {
	const id = /[?&]initialWidth=\d+&childId=([\w.:-]{1,64})(&|$)/.exec(search)?.[1];
	if (id) return { id, target: ancestorOrigin?.startsWith('http') ? ancestorOrigin : '*' };
}

/** Pym's height message: `pymxPYMx<id>xPYMxheightxPYMx<px>`. */
export const pymHeight = (parent: PymParent, height: number) =>
	`pymxPYMx${parent.id}xPYMxheightxPYMx${height}`;

/** True only for the parent's width message to us, `pymxPYMx<id>xPYMxwidthxPYMx<px>`, from the
 *  parent's origin when we know it: the one message of Pym's we answer (with our height). */
export const isPymWidth = (parent: PymParent, origin: string, data: unknown) =>
	(parent.target == '*' || origin == parent.target) &&
	typeof data == 'string' &&
	/^pymxPYMx(.+)xPYMxwidthxPYMx\d+$/.exec(data)?.[1] == parent.id;
