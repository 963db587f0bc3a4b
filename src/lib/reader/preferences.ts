/**
 * Reading preferences for older eyes (工信部《互联网网站适老化通用设计规范》, WCAG 2.2): text size
 * and contrast, kept on the device. The values name `data-*` attributes on <html> that
 * src/styles/reader.css turns into sizes and colours; public/reader-preferences.js applies the
 * stored choice before the first paint, reading the same storage keys.
 */

export interface PreferenceOption {
	value: string;
	label: string;
}

export interface Preference {
	/** localStorage key, also read by public/reader-preferences.js. */
	storageKey: string;
	/** The `data-*` attribute on <html>, as a dataset property. */
	attribute: 'textSize' | 'contrast';
	label: string;
	options: PreferenceOption[];
}

export const textSize: Preference = {
	storageKey: 'gj-text-size',
	attribute: 'textSize',
	label: '字号',
	// 标准 is the browser's own size; 大 1.15×, 特大 1.3× (see reader.css).
	options: [
		{ value: 'standard', label: '标准' },
		{ value: 'large', label: '大' },
		{ value: 'larger', label: '特大' },
	],
};

export const contrast: Preference = {
	storageKey: 'gj-contrast',
	attribute: 'contrast',
	label: '对比度',
	options: [
		{ value: 'standard', label: '标准' },
		{ value: 'high', label: '高对比' },
	],
};

export const readerPreferences = [textSize, contrast];

/** The stored value if it is one of the options, else the first (standard) option. */
export function validValue(preference: Preference, stored: string | null | undefined): string {
	return preference.options.some((option) => option.value === stored) ? stored! : preference.options[0]!.value;
}
