/**
 * Reports every run of 20 or more characters that content/ shares with the source papers, leaving
 * out names, titles and figures (tools/lib/copied-text.ts). `npm run check:copied [seeds-dir]`.
 *
 * The papers are not in this repository: they sit beside the clone in ../shared/domain/seeds (or
 * wherever GONGJIAN_SEEDS or the first argument points). Without them there is nothing to compare
 * against, so the script says so and succeeds; with them it fails on any copied run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { findSharedRuns, lineOf, sourceWindows } from '../tools/lib/copied-text';
import { programmeAndPlaceNames } from '../tools/lib/copied-text-names';

const MIN_LENGTH = 20;
const contentRoot = resolve('content');
const seedsDir = resolve(process.argv[2] ?? process.env.GONGJIAN_SEEDS ?? '../shared/domain/seeds');

if (!existsSync(seedsDir)) {
	console.log(`未找到原始资料目录 ${seedsDir}，跳过抄录检查（source papers not found; nothing compared）。`);
	process.exit(0);
}
const seedFiles = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();
if (seedFiles.length === 0) {
	console.log(`${seedsDir} 中没有 .txt 资料，跳过抄录检查（no source papers found; nothing compared）。`);
	process.exit(0);
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.(md|ya?ml)$/.test(entry.name) ? [join(dir, entry.name)] : [],
	);
}

// Organisation names, glossary terms and template titles are written as the papers write them.
function namesFromContent(): string[] {
	const names = [...programmeAndPlaceNames];
	const orgDir = join(contentRoot, 'organisations');
	for (const name of readdirSync(orgDir).filter((n) => n.endsWith('.yaml'))) {
		const org = parse(readFileSync(join(orgDir, name), 'utf8')) ?? {};
		for (const value of [org.name, org.short_name]) if (typeof value === 'string') names.push(value.replace(/[“”"]/g, ''));
	}
	const toolDir = join(contentRoot, 'tools');
	for (const name of readdirSync(toolDir).filter((n) => n.endsWith('.md'))) {
		const title = /^title:\s*(.+)$/m.exec(readFileSync(join(toolDir, name), 'utf8'))?.[1];
		if (title) names.push(title.trim());
	}
	const glossary = parse(readFileSync(join(contentRoot, 'glossary.yaml'), 'utf8')) ?? {};
	for (const term of glossary.terms ?? []) if (typeof term.term === 'string') names.push(...term.term.split(/\s*\/\s*/));
	return names.sort((a, b) => b.length - a.length);
}

const seeds = seedFiles.map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') }));
const names = namesFromContent();
const windowsBySeed = seeds.map((seed) => ({ name: seed.name, windows: sourceWindows([seed.text], MIN_LENGTH) }));
const allWindows = new Set(windowsBySeed.flatMap((seed) => [...seed.windows]));

let copied = 0;
let allowed = 0;
for (const path of filesUnder(contentRoot)) {
	const text = readFileSync(path, 'utf8');
	for (const run of findSharedRuns(text, allWindows, MIN_LENGTH, names)) {
		const seed = windowsBySeed.find((s) => findSharedRuns(run.text, s.windows, MIN_LENGTH).length > 0)?.name ?? '?';
		const where = `${relative(process.cwd(), path)}:${lineOf(text, run.start)}`;
		if (run.allowed) {
			allowed++;
			console.log(`允许（名称/标题）${where}  ${run.text.replace(/\s+/g, ' ')}  [${seed}]`);
		} else {
			copied++;
			console.log(`抄录  ${where}  与资料 ${seed} 相同的 ${run.ownLength} 字：${run.text.replace(/\s+/g, ' ')}`);
		}
	}
}

console.log(
	`\n比较了 ${seeds.length} 份资料（${seedsDir}）。与资料相同的连续 ${MIN_LENGTH} 字以上片段：抄录 ${copied} 处，名称/标题 ${allowed} 处。`,
);
if (copied > 0) {
	console.error('请用自己的话改写标为“抄录”的句子：事实和数字可以保留，句子不能照搬。');
	process.exit(1);
}
