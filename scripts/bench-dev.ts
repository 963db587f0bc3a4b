/**
 * Incremental editing in `astro dev`: `npm run bench:dev [-- --n 2000] [--edits 5]`. Generates N
 * entries into bench/scratch/dev-n<N>, then, for Gongjian and for a plain Starlight site made from
 * the same corpus, starts the dev server, edits one case's title several times and times how long
 * each edit takes to show on reload. Prints both side by side and appends them to
 * bench/results.md with the date and machine. Budget: 2 s at N = 2,000.
 */
import { appendFileSync, cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { generateCorpus } from '../tools/lib/corpus/generate';
import { existingEditions, loadSentences, organisationIds } from '../tools/lib/corpus/sources';
import { measureDevEdit, type DevEditTiming } from '../tools/lib/bench/dev-edit';
import { writeBaselineSite } from '../tools/lib/bench/baseline';
import { machineLine } from '../tools/lib/bench/report';

const { values } = parseArgs({ options: { n: { type: 'string', default: '2000' }, edits: { type: 'string', default: '5' } } });
const n = Number(values.n);
const edits = Number(values.edits);
const caseId = 'gen-case-00042';
const projectRoot = resolve(import.meta.dirname, '..');
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const repo = join(projectRoot, `bench/scratch/dev-n${n}`);
const contentDir = join(repo, 'content');
rmSync(repo, { recursive: true, force: true });
cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
generateCorpus({ n, seed: 42, sentences: loadSentences(projectRoot, contentDir).sentences, organisations: organisationIds(contentDir), contentDir, existingEditions: existingEditions(contentDir) });
// Git history as in a real clone: pages read their dates and authors from it.
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' } });
git('init', '-q', '-b', 'main');
git('add', '-A', 'content');
git('commit', '-q', '-m', 'generated corpus');
const baselineRoot = join(repo, 'baseline');
writeBaselineSite(contentDir, baselineRoot);

console.log(`astro dev on Gongjian, N = ${n}…`);
const ours = await measureDevEdit({ astroBin, root: projectRoot, env: { GONGJIAN_CONTENT: contentDir }, pagePath: `/cases/${caseId}/`, file: join(contentDir, 'cases', `${caseId}.md`), port: 4391, edits });
console.log(`astro dev on the plain Starlight baseline, N = ${n}…`);
const theirs = await measureDevEdit({ astroBin, root: baselineRoot, pagePath: `/cases/${caseId}/`, file: join(baselineRoot, 'src/content/docs/cases', `${caseId}.md`), port: 4392, edits });

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const row = (label: string, pick: (t: DevEditTiming) => string) => `| ${label} | ${pick(ours)} | ${pick(theirs)} |`;
const report = `## astro dev, N = ${n} · ${machineLine()}

| step | Gongjian | plain Starlight |
|---|---|---|
${row('dev server ready', (t) => s(t.startMs))}
${row('first render of a case page', (t) => s(t.firstPageMs))}
${row('reload, nothing changed', (t) => s(t.reloadMs))}
${row(`edit a case → reload shows it (${edits} edits)`, (t) => t.editMs.map(s).join(', '))}
${row('median edit', (t) => s(median(t.editMs)))}

Written by \`npm run bench:dev -- --n ${n}\`. Budget: an edit shows within 2 s at N = 2,000.
`;
console.log(`\n${report}`);
appendFileSync(join(projectRoot, 'bench/results.md'), `${report}\n`);
console.log(`Appended to ${join(projectRoot, 'bench/results.md')}`);
