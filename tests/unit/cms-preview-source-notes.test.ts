/**
 * The CMS preview of a case draws 资料说明 where the site does (just above the source line) and
 * links every 资料[00N], from the same view model. Rendered with React's server renderer: the
 * preview's components are plain React, the same code the admin page runs.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { previewTemplates } from '../../cms/admin/preview/templates';
import { dom } from '../helpers/dom';

const render = (data: Record<string, unknown>) =>
	dom(renderToStaticMarkup(previewTemplates.cases({ data, names: new Map(), asideTitles: {}, currentEdition: '2025' }) as never));

describe('case preview', () => {
	const data = {
		title: '测试案例',
		summary: '摘要',
		background: '背景，见资料[002]。',
		difficulties_reflection: '反思。',
		source_notes: '资料没有记载服务人数。\n\n时间一栏为示例。',
		source: '资料[003]；资料[001][004]',
		body: '补充，依据资料[000]。',
	};

	it('shows 资料说明 as its own section right before the source line', () => {
		const page = render(data);
		const heading = [...page.querySelectorAll('h2')].find((h) => h.textContent === '资料说明');
		expect(heading).toBeDefined();
		const section = heading!.parentElement!;
		expect([...section.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['资料没有记载服务人数。', '时间一栏为示例。']);
		expect(section.nextElementSibling?.className).toBe('gj-source');
	});

	it('shows every 资料[00N] in fields, body and source as a citation linked to the sources page', () => {
		const links = [...render(data).querySelectorAll('a')].map((a) => a.getAttribute('href'));
		expect(links).toEqual(
			expect.arrayContaining(['/sources/#source-002', '/sources/#source-000', '/sources/#source-003', '/sources/#source-001', '/sources/#source-004']),
		);
		expect(render(data).querySelector('.gj-source')?.textContent).toBe('来源李真等（2015）；程奇、方娜（2022）；段下（2025）');
	});

	it('leaves 资料说明 out while the field is empty', () => {
		const page = render({ ...data, source_notes: undefined });
		expect([...page.querySelectorAll('h2')].map((h) => h.textContent)).not.toContain('资料说明');
	});
});
