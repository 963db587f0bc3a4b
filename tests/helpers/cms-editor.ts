/**
 * Driving Decap's editor the way an editor does: by the Chinese labels of the fields (each label
 * is a <label for> of its input), the choices of selects, the raw Markdown editor, and the
 * 保存 → 立即保存 button of local editing (Decap's simple publishing mode, where a save writes a file).
 */
import type { Locator, Page } from 'playwright-core';

/** Decap adds “(可选)” to optional fields' labels; match the label itself. */
const labelled = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\(可选\\))?$`));

export async function login(page: Page, adminUrl: string) {
	await page.goto(adminUrl);
	await page.getByRole('button', { name: '登录' }).click();
	await page.getByRole('heading', { name: '集合' }).waitFor();
}

/** Opens a page of the CMS with a fresh load, so no draft of an earlier entry lingers. */
async function open(page: Page, adminUrl: string, route: string) {
	await page.goto('about:blank');
	await page.goto(`${adminUrl}#/collections/${route}`);
	await page.getByRole('button', { name: /^(保存|已保存)$/ }).first().waitFor();
}

export const newEntry = (page: Page, adminUrl: string, collection: string) => open(page, adminUrl, `${collection}/new`);
export const openEntry = (page: Page, adminUrl: string, collection: string, slug: string) => open(page, adminUrl, `${collection}/entries/${slug}`);

export async function fill(page: Page, label: string, value: string, nth = 0) {
	await labelled(page, label).nth(nth).fill(value);
}

/** A select or relation widget: type to narrow the choices, then pick the one named. */
export async function choose(page: Page, label: string, option: string, nth = 0) {
	const input = labelled(page, label).nth(nth);
	await input.click();
	await input.fill(option);
	await page.getByRole('option', { name: option, exact: true }).click();
}

export async function toggle(page: Page, label: string) {
	await labelled(page, label).click();
}

/** The raw Markdown editor of the entry's body: one element per line. */
export function bodyLines(page: Page): Locator {
	return page.locator('[data-slate-editor] [data-slate-node="element"]');
}

export async function typeInBody(page: Page, text: string) {
	await page.locator('[data-slate-editor]').click();
	await page.keyboard.type(text);
}

/** Puts the caret at the very end of a line of the body and types there. */
export async function appendToLine(line: Locator, text: string) {
	const box = (await line.boundingBox())!;
	// The bottom-right corner is the end of the last visual row of a wrapped paragraph.
	await line.click({ position: { x: box.width - 2, y: box.height - 4 } });
	await line.page().keyboard.type(text);
}

export async function save(page: Page) {
	await page.getByRole('button', { name: '保存', exact: true }).click();
	await page.getByText('立即保存', { exact: true }).click();
}

/** Replaces a text field's value the way a person does: select all of it, then type. */
export async function retype(page: Page, label: string, value: string) {
	await labelled(page, label).first().click();
	await page.keyboard.press('Control+A');
	await page.keyboard.type(value);
}
