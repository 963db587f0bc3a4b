/**
 * Why a save was refused, listed where the editor can read it at leisure: Decap's own
 * notification disappears after a few seconds, and a list of fields does not fit in it.
 */
import type { ContentProblem } from '../../src/lib/content/check-files';

const PANEL_ID = 'gj-save-problems';

export function clearSaveProblems() {
	document.getElementById(PANEL_ID)?.remove();
}

/** `saveAgain`: the buttons to press, as the toolbar names them (see locale-phrases.ts). */
export function showSaveProblems(problems: ContentProblem[], saveAgain: string) {
	clearSaveProblems();
	const panel = document.createElement('section');
	panel.id = PANEL_ID;
	panel.setAttribute('role', 'alert');
	const title = document.createElement('h2');
	title.textContent = `没有保存：内容检查发现 ${problems.length} 个问题，这样保存会让网站无法构建`;
	const list = document.createElement('ul');
	for (const problem of problems) {
		const item = document.createElement('li');
		const where = problem.field ? `${problem.field}：` : '';
		item.textContent = `${where}${problem.message}`;
		list.append(item);
	}
	const note = document.createElement('p');
	note.textContent = `表单中填写的内容都还在。改好以上问题后，${saveAgain}。`;
	const close = document.createElement('button');
	close.type = 'button';
	close.textContent = '关闭';
	close.addEventListener('click', clearSaveProblems);
	panel.append(title, list, note, close);
	document.body.append(panel);
}
