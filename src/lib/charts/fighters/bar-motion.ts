// Where each fighter range is drawn while it enters: a source's range grows from its low end to its
// high end on the shared axis; our sum is built by laying one range after the other.

/** A range on the axis, in fighters. */
export interface Span {
	low: number;
	high: number;
}

/**
 * A source's range at progress k (0 to 1): it starts as nothing at its low end and grows to its
 * high end. The ends it passes through are places on the axis, never a figure shown as text.
 */
export function growing(range: Span, k: number): Span {
	const t = clamp(k);
	return { low: range.low, high: range.low + (range.high - range.low) * t };
}

/**
 * Our sum of ranges at progress k: the first range grows in place, then each next range is laid
 * after it, moving the low end by that range's low and the high end by its high. Each range takes
 * an equal share of k; at k = 1 the span is the sum of the lows to the sum of the highs.
 */
export function summing(parts: Span[], k: number): Span {
	if (!parts.length) throw new Error('a sum needs at least one range');
	const t = clamp(k) * parts.length;
	const first = growing(parts[0], t);
	let low = first.low;
	let high = first.high;
	for (let i = 1; i < parts.length; i++) {
		const f = clamp(t - i);
		low += parts[i].low * f;
		high += parts[i].high * f;
	}
	return { low, high };
}

/** The stage of a sum at progress k: which range is being laid (0-based). */
export function summingStage(parts: number, k: number): number {
	return Math.min(parts - 1, Math.floor(clamp(k) * parts));
}

const clamp = (k: number) => Math.min(1, Math.max(0, k));
