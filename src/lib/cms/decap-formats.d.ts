/** Types for the two formatters of decap-cms-core that serialise.ts uses (the package ships none for them). */
declare module 'decap-cms-core/dist/esm/formats/frontmatter.js' {
	export function frontmatterYAML(customDelimiter?: string): {
		fromFile(content: string): Record<string, unknown>;
		toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
	};
}

declare module 'decap-cms-core/dist/esm/formats/yaml.js' {
	const yamlFormat: {
		fromFile(content: string): Record<string, unknown>;
		toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
	};
	export default yamlFormat;
}
