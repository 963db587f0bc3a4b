import { describe, expect, it } from 'vitest';
import { descriptionFromBody } from '../../src/lib/share/page-description';

describe('a page description from its text', () => {
	it('takes the first paragraph, without headings, asides, lists or link syntax', () => {
		const body = '## 关于\n\n:::note\n提示\n:::\n\n- 列表\n\n本站由[为老服务行动网络](/about/)的成员**共同编写**。\n\n第二段。';
		expect(descriptionFromBody(body)).toBe('本站由为老服务行动网络的成员共同编写。');
	});

	it('cuts a long paragraph after a sentence, or with an ellipsis', () => {
		const sentence = '入户前先与居委会沟通，了解老人的基本情况和家属联系方式。';
		const long = descriptionFromBody(sentence.repeat(6))!;
		expect(long.endsWith('。')).toBe(true);
		expect([...long].length).toBeLessThanOrEqual(100);
		const unbroken = descriptionFromBody('字'.repeat(300))!;
		expect(unbroken).toBe(`${'字'.repeat(100)}…`);
	});

	it('gives nothing for an empty body', () => {
		expect(descriptionFromBody(undefined)).toBeUndefined();
		expect(descriptionFromBody('## 只有标题')).toBeUndefined();
	});
});
