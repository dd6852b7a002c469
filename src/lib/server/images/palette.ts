// The image editions' colours and fonts: the light theme of src/app.css (palette.test.ts keeps the
// two equal), and font stacks that lead with the fonts the text was measured for (font-metrics.ts).

export const PALETTE = {
	paper: '#fbfaf7',
	panel: '#ffffff',
	ink: '#1d1d1b',
	muted: '#5a5953',
	rule: '#d9d6cc',
	accent: '#a3361f',
	accentInk: '#8a2c18',
	link: '#0b5394',
	held: '#3d3a33',
	heldSoft: '#c9c4b5',
	lost: '#a9a498',
	highlight: '#f3e4d7',
	sea: '#e4ecef',
	land: '#f4f1ea',
	landFocus: '#ebe4d3',
	border: '#8f8a7c',
	river: '#5d8fb0',
	riverInk: '#2f5f80'
} as const;

/**
 * Arial and Times New Roman share their metrics with Liberation Sans and Serif. No space after the
 * commas: resvg (which draws the PNG) skips a quoted family that follows ", ".
 */
export const SANS = "Arial,'Liberation Sans',Helvetica,sans-serif";
export const SERIF = "Georgia,'Times New Roman','Liberation Serif',serif";
