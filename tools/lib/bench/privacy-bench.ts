/**
 * Precision and recall of the personal-data check on the labelled snippets, per rule and overall,
 * and the false alarms it raises on a content folder believed clean (the starter corpus, a
 * generated corpus).
 */
import { findPersonalData, type PersonalDataRule } from '../../../src/lib/content/personal-data';
import type { LabelledSnippet } from '../../../src/lib/content/personal-data/labelled-snippets';
import { checkContent } from '../../../src/lib/content/check';

export interface RuleScore {
	rule: PersonalDataRule | 'all';
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
	precision: number;
	recall: number;
}

const score = (rule: RuleScore['rule'], tp: number, fp: number, fn: number): RuleScore => ({
	rule,
	truePositives: tp,
	falsePositives: fp,
	falseNegatives: fn,
	precision: tp + fp ? tp / (tp + fp) : 1,
	recall: tp + fn ? tp / (tp + fn) : 1,
});

export function scoreSnippets(snippets: LabelledSnippet[]): RuleScore[] {
	const rules = [...new Set(snippets.map((s) => (s.expect === 'none' ? s.near! : s.expect)))];
	const counts = new Map(rules.map((rule) => [rule, { tp: 0, fp: 0, fn: 0 }]));
	for (const snippet of snippets) {
		const found = new Set(findPersonalData(snippet.text).map((f) => f.rule));
		for (const rule of rules) {
			const expected = snippet.expect === rule;
			const count = counts.get(rule)!;
			if (expected && found.has(rule)) count.tp++;
			else if (expected) count.fn++;
			else if (found.has(rule)) count.fp++;
		}
	}
	const total = [...counts.values()].reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
	return [...rules.map((rule) => score(rule, counts.get(rule)!.tp, counts.get(rule)!.fp, counts.get(rule)!.fn)), score('all', total.tp, total.fp, total.fn)];
}

/** Problems of the personal-data check in a content folder: on a clean corpus every one is a false alarm. */
export function falseAlarmsIn(contentDir: string): { files: number; alarms: string[] } {
	const { problems, entries } = checkContent(contentDir);
	const alarms = problems.filter((p) => /^疑似/.test(p.message)).map((p) => `${p.file} → ${p.field}：${p.message.split('。')[0]}`);
	return { files: entries.length, alarms };
}
