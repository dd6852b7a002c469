declare module 'archieml' {
	/** Parses ArchieML text into a plain object. */
	function load(source: string, options?: { comments?: boolean }): Record<string, unknown>;
	const archieml: { load: typeof load };
	export default archieml;
}
