/**
 * The few English words that Decap's widgets write into the page without going through its
 * locale, and that no prop or phrase reaches, replaced once they appear:
 *
 * - the list widget's drag handles use dnd-kit without its `accessibility` option, so screen
 *   readers hear dnd-kit's English instructions (“To pick up a draggable item, press the space
 *   bar…”) and announcements (“Picked up draggable item …”);
 * - the list widget's collapse and remove buttons are icons with no name at all;
 * - the date widget prints “UTC” beside every date when `picker_utc` is on (ours are plain dates,
 *   kept in UTC only so that no time zone can move them by a day);
 * - the notifications (react-toastify) label their close button “close” and their countdown
 *   “notification timer”, and dnd-kit describes each drag handle as “sortable”.
 *
 * Anything else in English is a phrase of the locale (./locale-phrases.ts) or a react-select
 * default (./select-in-chinese.ts).
 */

const DRAG_INSTRUCTIONS = '按住这里拖动，可以调整这一项的位置。';

const announcements: [RegExp, string][] = [
	[/^Picked up draggable item .*$/s, '已拿起这一项。'],
	[/^Draggable item .* was moved over droppable area .*$/s, '正在移动这一项。'],
	[/^Draggable item .* is no longer over a droppable area\.$/s, '这一项已移出列表。'],
	[/^Draggable item .* was dropped over droppable area .*$/s, '已放下这一项。'],
	[/^Dragging was cancelled\..*$/s, '已取消拖动，这一项回到原处。'],
	[/^Draggable item .* was dropped\.$/s, '已放下这一项。'],
];

function translateDragText(element: Element) {
	if (element.id.startsWith('DndDescribedBy-')) {
		if (element.textContent !== DRAG_INSTRUCTIONS) element.textContent = DRAG_INSTRUCTIONS;
		return;
	}
	const text = element.textContent ?? '';
	const replacement = announcements.find(([pattern]) => pattern.test(text.trim()))?.[1];
	if (replacement) element.textContent = replacement;
}

/** Attribute values set by libraries that take no locale, and what they say in Chinese. */
const attributeWords: Record<string, Record<string, string>> = {
	'aria-label': { close: '关闭这条通知', 'notification timer': '通知自动关闭前的剩余时间' },
	'aria-roledescription': { sortable: '可拖动排序的项' },
};

function translateAttributes(root: ParentNode) {
	for (const [attribute, words] of Object.entries(attributeWords)) {
		for (const [english, chinese] of Object.entries(words)) {
			for (const element of root.querySelectorAll(`[${attribute}="${english}"]`)) element.setAttribute(attribute, chinese);
		}
	}
}

/** A list item's top bar: [collapse button] [drag handle] [remove button], the handle described by dnd-kit's instructions. */
function nameListItemButtons(handle: Element) {
	const bar = handle.parentElement;
	if (!bar) return;
	const buttons = [...bar.children].filter((child) => child.tagName === 'BUTTON');
	const [first, last] = [buttons[0], buttons.at(-1)];
	if (first && first.previousElementSibling === null && first !== last) first.setAttribute('aria-label', '展开或收起这一项');
	if (last && last.nextElementSibling === null) last.setAttribute('aria-label', '删除这一项');
	if (!handle.getAttribute('aria-label')) handle.setAttribute('aria-label', '拖动以调整顺序');
}

function hideUtcMarks(root: ParentNode) {
	for (const mark of root.querySelectorAll<HTMLElement>('span:not([hidden])')) {
		if (mark.childElementCount === 0 && mark.textContent === 'UTC' && mark.previousElementSibling?.matches('input')) mark.hidden = true;
	}
}

function fix(root: ParentNode) {
	for (const element of root.querySelectorAll('[id^="DndDescribedBy-"], [id^="DndLiveRegion-"]')) translateDragText(element);
	for (const handle of root.querySelectorAll('[role="button"][aria-describedby^="DndDescribedBy-"]')) nameListItemButtons(handle);
	translateAttributes(root);
	hideUtcMarks(root);
}

export function replaceEnglishLeftovers() {
	let scheduled = false;
	const observer = new MutationObserver((mutations) => {
		// A live announcement must be replaced before a screen reader reads it, so those at once.
		for (const { target } of mutations) {
			const element = target instanceof Element ? target : target.parentElement;
			const region = element?.closest('[id^="DndLiveRegion-"], [id^="DndDescribedBy-"]');
			if (region) translateDragText(region);
		}
		if (scheduled) return;
		scheduled = true;
		queueMicrotask(() => {
			scheduled = false;
			fix(document.body);
		});
	});
	observer.observe(document.body, { childList: true, subtree: true, characterData: true });
	fix(document.body);
}
