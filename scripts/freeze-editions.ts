/**
 * Takes the fingerprints of every guide edition but the current one and writes them to
 * content/guide/frozen-editions.yaml. Run it when a new edition becomes current, and after
 * correcting a reopened edition (then untick its 重新开放修改). `npm run freeze:editions [dir]`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readContentFolder } from '../src/lib/content/check';
import { currentEdition } from '../src/lib/content/check-files';
import { FROZEN_FILE, takeFingerprints } from '../src/lib/content/frozen-edition-problems';

const root = process.argv[2] ?? 'content';
const guide = readContentFolder(root).files.filter((f) => f.file.collection.name === 'guide' && f.file.edition);
const frozen = takeFingerprints(
	guide.map((f) => ({ edition: f.file.edition!, relativePath: f.file.relativePath, text: f.text })),
	currentEdition(guide),
);
const header = '# 定稿版本的文件指纹，由 npm run freeze:editions 生成，请勿手工修改。\n';
writeFileSync(join(root, FROZEN_FILE), header + stringify(frozen));
console.log(`已写入 ${FROZEN_FILE}：${frozen.editions.map((e) => `${e.slug} 版 ${e.files.length} 个文件`).join('，') || '没有定稿版本'}。`);
