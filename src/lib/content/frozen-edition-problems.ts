/**
 * Older guide editions are frozen: their files must match the fingerprints taken when they were
 * superseded (content/guide/frozen-editions.yaml), or the 修订说明 between two editions would
 * silently say something else. An edition marked `reopened` in editions.yaml may change; the
 * coordinator then runs `npm run freeze:editions` to take new fingerprints.
 */
import type { FrozenEditions } from '../../schemas/frozen-editions';
import { fingerprint } from './fingerprint';
import type { ContentProblem } from './problem';

export const FROZEN_FILE = 'guide/frozen-editions.yaml';

export interface EditionFile {
	edition: string;
	/** Path relative to the content root. */
	relativePath: string;
	text: string;
}

const HOW_TO_REOPEN = (edition: string) =>
	`如确需更正，请协调人在 guide/editions.yaml 中给 ${edition} 版勾选“重新开放修改”（reopened: true），改完后运行 npm run freeze:editions 并取消勾选；新的修订请写在现行版中`;

export function frozenEditionProblems(
	files: EditionFile[],
	{ current, reopened, frozen }: { current: string | undefined; reopened: Set<string>; frozen: FrozenEditions | undefined },
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const editions = [...new Set(files.map((f) => f.edition))].filter((e) => e !== current && !reopened.has(e)).sort();
	for (const edition of editions) {
		const record = frozen?.editions.find((row) => row.slug === edition);
		if (!record) {
			problems.push({ file: FROZEN_FILE, field: '', message: `${edition} 版不是现行版，已定稿，但没有定稿指纹，无法确认它没有被修改。请协调人运行 npm run freeze:editions` });
			continue;
		}
		const recorded = new Map(record.files.map((row) => [row.file, row.fingerprint]));
		const present = files.filter((f) => f.edition === edition);
		for (const file of present) {
			const name = file.relativePath.split('/').at(-1)!;
			const expected = recorded.get(name);
			recorded.delete(name);
			if (expected === fingerprint(file.text)) continue;
			const what = expected === undefined ? `${edition} 版已定稿，不能再添加章节` : `${edition} 版已定稿，它的文件不能修改（与定稿时的内容不同）`;
			problems.push({ file: file.relativePath, field: '', message: `${what}。${HOW_TO_REOPEN(edition)}` });
		}
		for (const name of recorded.keys()) {
			problems.push({ file: `guide/${edition}/${name}`, field: '', message: `${edition} 版已定稿，不能删除其中的文件（定稿时有这个文件，现在没有了）。请从 git 中恢复它。${HOW_TO_REOPEN(edition)}` });
		}
	}
	return problems;
}

/** The fingerprints of every edition but the current one, for `npm run freeze:editions`. */
export function takeFingerprints(files: EditionFile[], current: string | undefined): FrozenEditions {
	const editions = [...new Set(files.map((f) => f.edition))].filter((e) => e !== current).sort();
	return {
		editions: editions.map((slug) => ({
			slug,
			files: files
				.filter((f) => f.edition === slug)
				.map((f) => ({ file: f.relativePath.split('/').at(-1)!, fingerprint: fingerprint(f.text) }))
				.sort((a, b) => (a.file < b.file ? -1 : 1)),
		})),
	};
}
