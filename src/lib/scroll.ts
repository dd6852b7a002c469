// Which scroll step is active: decided from geometry, so every scroll path lands on the same answer.

/** The vertical extent of a step, as getBoundingClientRect gives it. */
export interface StepBox {
	top: number;
	bottom: number;
}

/**
 * The index of the step that owns the trigger line (a y position in the viewport): the last step
 * whose top has passed it. Above the first step it is the first step. Independent of the order or
 * number of scroll events, so reloads, anchor jumps, fast scrolling and resizes all agree. Tops and
 * line may be in the viewport's coordinates or the page's, as long as both are in the same.
 */
export function activeStepIndex(steps: readonly Pick<StepBox, 'top'>[], triggerY: number): number {
	let active = 0;
	for (let i = 0; i < steps.length; i++) {
		if (steps[i].top <= triggerY) active = i;
	}
	return active;
}
