/**
 * Every file under a content root, placed by placement.ts: the files of each collection (with
 * their collection and edition), the settings files, and a problem for every other file, so a
 * draft, a stray .docx or a file one folder too deep is refused rather than silently skipped.
 * Used by the content check, the Astro loaders, the formatter and the CMS config.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SettingsFile } from '../../schemas';
import { placeFile } from './placement';
import type { ContentProblem } from './problem';
import type { ContentFile } from './read-entry';

export type { ContentFile } from './read-entry';

export interface SettingsSource {
	path: string;
	relativePath: string;
	settings: SettingsFile;
}

export interface ContentSurvey {
	files: ContentFile[];
	settings: SettingsSource[];
	refused: ContentProblem[];
}

function walk(root: string, relative = ''): string[] {
	const dir = join(root, relative);
	return readdirSync(dir, { withFileTypes: true })
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
		.flatMap((item) => {
			const path = relative ? `${relative}/${item.name}` : item.name;
			return item.isDirectory() ? walk(root, path) : [path];
		});
}

export function surveyContent(root: string): ContentSurvey {
	const survey: ContentSurvey = { files: [], settings: [], refused: [] };
	if (!existsSync(root)) return survey;
	for (const relativePath of walk(root)) {
		const placement = placeFile(relativePath);
		const path = join(root, relativePath);
		if (placement.kind === 'entry') survey.files.push({ path, relativePath, collection: placement.collection, edition: placement.edition });
		else if (placement.kind === 'settings') survey.settings.push({ path, relativePath, settings: placement.settings });
		else if (placement.kind === 'refused') survey.refused.push({ file: relativePath, field: '', message: placement.message });
	}
	return survey;
}

/** The files of every collection, in collection order as the registry lists them. */
export function listContentFiles(root: string): ContentFile[] {
	return surveyContent(root).files;
}

// In its own file so that code running in the browser (the CMS) can use it without node:fs.
export { formatOf } from './format-of';
