/**
 * Writes a scratch copy of the content with N generated entries added:
 *   npm run generate:corpus -- --n 2000 [--seed 42] [--from content] [--out bench/scratch/n2000]
 * Prints where the text came from and how many of each kind were written.
 */
import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../tools/lib/corpus/generate';
import { existingEditions, loadSentences, organisationIds } from '../tools/lib/corpus/sources';

const { values } = parseArgs({
	options: {
		n: { type: 'string', default: '500' },
		seed: { type: 'string', default: '42' },
		from: { type: 'string', default: 'content' },
		out: { type: 'string' },
	},
});
const n = Number(values.n);
const projectRoot = resolve(import.meta.dirname, '..');
const out = resolve(values.out ?? `bench/scratch/n${n}`);
const contentDir = join(out, 'content');

rmSync(out, { recursive: true, force: true });
cpSync(resolve(values.from!), contentDir, { recursive: true });
const { sentences, from } = loadSentences(projectRoot, contentDir);
const counts = generateCorpus({
	n,
	seed: Number(values.seed),
	sentences,
	organisations: organisationIds(contentDir),
	contentDir,
	existingEditions: existingEditions(contentDir),
});
console.log(`Generated ${n} entries into ${contentDir} (text from ${from}, ${sentences.length} sentences):`, counts);
