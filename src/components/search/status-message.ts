/** The sentence above the results, in the reader's words. */
import type { QueryPlan } from '../../lib/search/query-plan';

/** `otherEditions`: results from guide editions the 版本 filter leaves out. */
export function statusMessage(query: string, plan: QueryPlan, total: number, filtered: boolean, otherEditions = 0): string {
	const scope = filtered ? '（已按所选条件筛选）' : '';
	const loneCharacter = plan.terms.some((term) => /^\p{Script=Han}$/u.test(term.text));
	const hint = loneCharacter ? ' 只输入一个汉字时结果可能不全，建议输入两个字以上的词。' : '';
	const editions = otherEditions ? ` 另有 ${otherEditions} 个其他版本的指引页面未列出，可在“版本”中选择。` : '';
	if (total === 0) return query ? `没有找到包含“${query}”的页面${scope}。${editions}${hint}` : `没有符合所选条件的页面。${editions}`;
	return query ? `找到 ${total} 个包含“${query}”的页面${scope}。${editions}${hint}` : `共有 ${total} 个符合所选条件的页面。${editions}`;
}
