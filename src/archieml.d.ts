declare module 'archieml' {
	const archieml: {
		/** Parses ArchieML text into a plain object. */
		load(source: string, options?: { comments?: boolean }): Record<string, unknown>;
	};
	export default archieml;
}
