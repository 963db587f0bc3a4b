/** Section notes go in through the unified pipeline, after each `##` heading of the rendered body. */
import { describe, expect, it } from 'vitest';
import { addSectionNotes } from '../../src/markdown/rehype-section-notes';
import { sectionNote } from '../../src/lib/attribution/section-notes';
import { routes } from '../../src/lib/routes';

const names = new Map([['org-a', '甲机构']]);
const note = (orgs: string[], extra: Partial<{ imported: boolean; unknownEditors: boolean; unknownHistory: boolean }> = {}) =>
	sectionNote({ heading: 'x', orgs, imported: false, unknownEditors: false, unknownHistory: false, ...extra } as Parameters<typeof sectionNote>[0], names, routes.organisation);

describe('section notes', () => {
	it('go after Starlight’s heading wrapper (never between heading and anchor) and after a bare h2, in order', () => {
		const html = '<p>x</p><div class="sl-heading-wrapper level-h2"><h2 id="a">A</h2><a class="sl-anchor-link" href="#a"><span>#</span></a></div><p>y</p><h2 id="b">B</h2><h3 id="c">C</h3>';
		expect(addSectionNotes(html, [note(['org-a']), note([], { unknownEditors: true, imported: true })])).toBe(
			'<p>x</p><div class="sl-heading-wrapper level-h2"><h2 id="a">A</h2><a class="sl-anchor-link" href="#a"><span>#</span></a></div>' +
				'<p class="gj-section-credit" data-section-credit>本节现行文字的撰写者：<a href="/orgs/org-a/" data-org="org-a">甲机构</a>（据修订记录）</p>' +
				'<p>y</p><h2 id="b">B</h2><p class="gj-section-credit" data-section-credit>本节现行文字的撰写者：未登记的编辑（据修订记录，其余为初始内容）</p><h3 id="c">C</h3>',
		);
	});

	it('leave a heading without a note alone, and an all-imported section gets none', () => {
		const html = '<h2 id="a">A</h2><p>y</p><h2 id="b">B</h2>';
		expect(note([])).toBeUndefined();
		expect(addSectionNotes(html, [undefined, note(['org-a'])])).toBe('<h2 id="a">A</h2><p>y</p><h2 id="b">B</h2><p class="gj-section-credit" data-section-credit>本节现行文字的撰写者：<a href="/orgs/org-a/" data-org="org-a">甲机构</a>（据修订记录）</p>');
	});

	it('escape names as text: an organisation name cannot become markup', () => {
		const out = addSectionNotes('<h2>A</h2>', [sectionNote({ heading: 'A', orgs: ['x'], imported: false, unknownEditors: false, unknownHistory: false } as Parameters<typeof sectionNote>[0], new Map([['x', '<img src=x onerror=alert(1)>']]), routes.organisation)]);
		expect(out).not.toContain('<img');
		expect(out).toContain('&#x3C;img');
	});
});
