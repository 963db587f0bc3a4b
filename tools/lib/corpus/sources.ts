/**
 * Where generated text comes from: the source papers (../shared/domain/seeds, or GONGJIAN_SEEDS)
 * when they are on this machine, otherwise the starter corpus itself, so a clean clone can still
 * generate a corpus. Sentences in which the personal-data check finds anything (the papers name
 * some older people, 吴玉英老人; a starter sentence may use a pseudonym whose （化名） is in another
 * sentence) are left out: a generated site must pass the same content check as a real one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { listContentFiles } from '../../../src/lib/content/files';
import { parseContentFile } from '../../../src/lib/content/parse';
import { findPersonalData } from '../../../src/lib/content/personal-data';
import { sentencesOf } from './generate';

export function seedsDirectory(projectRoot: string): string | undefined {
	const candidates = [process.env.GONGJIAN_SEEDS, resolve(projectRoot, '../shared/domain/seeds')].filter(Boolean) as string[];
	return candidates.find((dir) => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.txt')));
}

const publishable = (sentences: string[]) => sentences.filter((sentence) => findPersonalData(sentence).length === 0);

export function loadSentences(projectRoot: string, contentDir: string): { sentences: string[]; from: string } {
	const seeds = seedsDirectory(projectRoot);
	if (seeds) {
		const text = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seeds, f), 'utf-8')).join('\n');
		return { sentences: publishable(sentencesOf(text)), from: seeds };
	}
	// Only the Markdown bodies: frontmatter and YAML files hold ids and field names, not prose.
	const text = listContentFiles(contentDir)
		.filter((file) => file.collection.kind === 'folder' && file.collection.extension === 'md')
		.map((file) => String(parseContentFile(readFileSync(file.path, 'utf-8'), 'md').body ?? ''))
		.join('\n');
	return { sentences: publishable(sentencesOf(text)), from: contentDir };
}

export function organisationIds(contentDir: string): string[] {
	return listContentFiles(contentDir)
		.filter((file) => file.collection.name === 'organisations')
		.map((file) => String((parse(readFileSync(file.path, 'utf-8')) as { slug: string }).slug));
}

export function existingEditions(contentDir: string) {
	const file = join(contentDir, 'guide/editions.yaml');
	if (!existsSync(file)) return [];
	return ((parse(readFileSync(file, 'utf-8')) as { editions?: unknown[] }).editions ?? []) as {
		slug: string;
		title: string;
		published: string;
		summary: string;
	}[];
}
