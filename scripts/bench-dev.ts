/**
 * Incremental editing in `astro dev`: `npm run bench:dev [-- --n 2000]`. Generates N entries into
 * bench/scratch/dev-n<N>, starts the dev server on it, edits one case three times and prints how
 * long each edit took to show on reload.
 */
import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { generateCorpus } from '../src/lib/corpus/generate';
import { existingEditions, loadSentences, organisationIds } from '../src/lib/corpus/sources';
import { measureDevEdit } from '../src/lib/bench/dev-edit';
import { machineLine } from '../src/lib/bench/report';

const { values } = parseArgs({ options: { n: { type: 'string', default: '2000' } } });
const n = Number(values.n);
const projectRoot = resolve(import.meta.dirname, '..');
const repo = join(projectRoot, `bench/scratch/dev-n${n}`);
const contentDir = join(repo, 'content');
rmSync(repo, { recursive: true, force: true });
cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
generateCorpus({ n, seed: 42, sentences: loadSentences(projectRoot, contentDir).sentences, organisations: organisationIds(contentDir), contentDir, existingEditions: existingEditions(contentDir) });
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' } });
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-q', '-m', 'generated corpus');

console.log(`Starting astro dev on N = ${n}…`);
const timing = await measureDevEdit({ projectRoot, contentDir, caseId: 'gen-case-00042', port: 4391 });
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`\n## astro dev, N = ${n} · ${machineLine()}\n
| step | time |
|---|---|
| dev server ready | ${s(timing.startMs)} |
| first render of a case page | ${s(timing.firstPageMs)} |
| reload, nothing changed | ${s(timing.reloadMs)} |
| edit a case → reload shows it | ${timing.editMs.map(s).join(', ')} |
`);
