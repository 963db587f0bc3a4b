/** One thing wrong with the content, as editors read it. */
export interface ContentProblem {
	/** Path relative to the content root. */
	file: string;
	/** Field path such as `机构（credits[1].org）`, or empty for the whole file. */
	field: string;
	message: string;
}
