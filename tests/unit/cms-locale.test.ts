/**
 * The admin's words: every phrase Decap can show is in Chinese (zh_Hans lacks 45 of the English
 * keys, which Decap then shows in English), and where a save only writes a file the buttons say
 * 保存, and the problems panel names those buttons.
 */
import { describe, expect, it } from 'vitest';
// Each locale's own module: the package's index needs a browser.
import en from 'decap-cms-locales/dist/esm/en/index.js';
import zh_Hans from 'decap-cms-locales/dist/esm/zh_Hans/index.js';
import { adminPhrases, saveAgainInstruction, type Phrases } from '../../cms/admin/locale-phrases';

function flatten(phrases: Phrases, prefix = ''): Map<string, string> {
	const flat = new Map<string, string>();
	for (const [key, value] of Object.entries(phrases)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') flat.set(path, value);
		else for (const [inner, text] of flatten(value, path)) flat.set(inner, text);
	}
	return flat;
}

/** Names of products, keys and units an editor sees as they are. */
const NAMES = /GitHub|GitLab|Gitea|Forgejo|Bitbucket|Azure|Netlify|Identity|Markdown|Ctrl|Enter|content\/|\bKB\b/g;
const english = (text: string) => /[A-Za-z]{2,}/.test(text.replace(/%\{[^}]+\}/g, '').replace(NAMES, ''));

describe.each([true, false])('admin phrases (saving writes a file: %s)', (writesFiles) => {
	const phrases = flatten(adminPhrases(zh_Hans as Phrases, { writesFiles }));

	it('has every phrase Decap has in English', () => {
		const missing = [...flatten(en as Phrases).keys()].filter((key) => !phrases.has(key));
		expect(missing).toEqual([]);
	});

	it('has no English left in any phrase', () => {
		const left = [...phrases].filter(([, text]) => english(text)).map(([key, text]) => `${key}: ${text}`);
		expect(left).toEqual([]);
	});
});

describe('the save buttons', () => {
	it('say 保存 where a save only writes a file, and nothing there says 发布', () => {
		const phrases = adminPhrases(zh_Hans as Phrases, { writesFiles: true });
		const toolbar = (phrases.editor as Phrases).editorToolbar as Record<string, string>;
		const simpleMode = ['publish', 'published', 'publishing', 'publishNow', 'publishAndCreateNew', 'publishAndDuplicate'];
		expect(simpleMode.map((key) => toolbar[key])).toEqual(['保存', '已保存', '正在保存……', '立即保存', '保存，然后新建条目', '保存，然后复制此条目']);
		expect(saveAgainInstruction(phrases, { writesFiles: true })).toBe('再点“保存”→“立即保存”');
	});

	it('keep 发布 with the editorial workflow, where publishing is a step of its own', () => {
		const phrases = adminPhrases(zh_Hans as Phrases, { writesFiles: false });
		const toolbar = (phrases.editor as Phrases).editorToolbar as Record<string, string>;
		expect([toolbar.save, toolbar.publish, toolbar.publishNow]).toEqual(['保存', '发布', '立即发布']);
		expect(saveAgainInstruction(phrases, { writesFiles: false })).toBe('再点“保存”');
	});
});
