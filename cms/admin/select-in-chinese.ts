/**
 * Decap's select and relation widgets are react-select 5, whose own words are English and which
 * Decap does not translate: “No options”, “Loading...”, “Remove 高龄老人(80+)” on each chosen
 * value, and what it tells screen readers (“option 志愿服务, selected.”, “3 results available”).
 * react-select takes all of them as props with defaults; Decap passes none, so setting the
 * defaults of react-select's one Select class puts every select of the admin in Chinese.
 */
import { createElement as h, type ComponentType } from 'react';
import BaseSelect from 'react-select/base';
import { components } from 'react-select';

interface OptionProps {
	label?: string;
	isDisabled?: boolean;
	isSelected?: boolean;
}

const ariaLiveMessages = {
	guidance({ context, isInitialFocus, isMulti, isSearchable }: { context: string; isInitialFocus?: boolean; isMulti?: boolean; isSearchable?: boolean }) {
		switch (context) {
			case 'menu':
				return '按上下方向键选择，按回车键选中，按 Esc 键关闭列表。';
			case 'input':
				if (!isInitialFocus) return '';
				return `${isSearchable ? '可以输入文字筛选，' : ''}按下方向键打开选项列表${isMulti ? '，按左方向键移到已选的项' : ''}。`;
			case 'value':
				return '按左右方向键在已选的项之间移动，按退格键删除当前的项。';
			default:
				return '';
		}
	},
	onChange({ action, label = '', labels = [], isDisabled }: { action: string; label?: string; labels?: string[]; isDisabled?: boolean }) {
		switch (action) {
			case 'deselect-option':
			case 'pop-value':
			case 'remove-value':
				return `已取消“${label}”。`;
			case 'clear':
				return '已清空所有选中的项。';
			case 'initial-input-focus':
				return `已选：${labels.join('、')}。`;
			case 'select-option':
				return isDisabled ? `“${label}”不可选，请选择其他项。` : `已选“${label}”。`;
			default:
				return '';
		}
	},
	onFocus({ context, focused, options, selectValue, label = '', isSelected, isDisabled, isAppleDevice }: OptionProps & { context: string; focused: unknown; options?: unknown[]; selectValue?: unknown[]; isAppleDevice?: boolean }) {
		const position = (list?: unknown[]) => (list?.length ? `第 ${list.indexOf(focused) + 1} 项，共 ${list.length} 项` : '');
		if (context === 'value' && selectValue) return `已选的“${label}”，${position(selectValue)}。`;
		if (context === 'menu' && isAppleDevice) return `${label}${isSelected ? '，已选' : ''}${isDisabled ? '，不可选' : ''}，${position(options)}。`;
		return '';
	},
	onFilter({ inputValue, resultsMessage }: { inputValue: string; resultsMessage: string }) {
		return inputValue ? `按“${inputValue}”筛选：${resultsMessage}。` : `${resultsMessage}。`;
	},
};

const chineseDefaults = {
	noOptionsMessage: () => '没有可选的项',
	loadingMessage: () => '正在加载……',
	placeholder: '请选择……',
	screenReaderStatus: ({ count }: { count: number }) => `有 ${count} 个选项`,
	ariaLiveMessages,
};

type RemoveProps = { data: unknown; innerProps: Record<string, unknown>; selectProps: { getOptionLabel(data: unknown): string } };

export function putSelectsInChinese() {
	const select = BaseSelect as unknown as { defaultProps: Record<string, unknown> };
	Object.assign(select.defaultProps, chineseDefaults);
	// The remove button's label is set by MultiValue, above the component that renders the button.
	const Remove = components.MultiValueRemove as unknown as ComponentType<RemoveProps>;
	const ChineseRemove = (props: RemoveProps) =>
		h(Remove, { ...props, innerProps: { ...props.innerProps, 'aria-label': `删除“${props.selectProps.getOptionLabel(props.data)}”` } });
	(components as Record<string, unknown>).MultiValueRemove = ChineseRemove;
}
