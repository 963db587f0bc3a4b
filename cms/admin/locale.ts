/**
 * Decap's own Simplified Chinese (decap-cms-locales zh_Hans), with the few phrases the network
 * says differently: the editorial workflow's stages are 草稿 → 审阅中 → 可发布, and a pattern
 * error shows the rule in words rather than "不满足模式" and a regular expression.
 */
import type { CMS } from 'decap-cms-core';

export const LOCALE = 'zh_Hans';

const phrases = {
	editor: {
		editorControlPane: { widget: { regexPattern: '“%{fieldLabel}”格式不对：%{pattern}' } },
		editor: {
			onPublishingNotReady: '请先把状态改为“可发布”，再发布',
		},
		editorToolbar: { inReview: '审阅中', ready: '可发布' },
	},
	workflow: {
		workflow: {
			newPost: '新建条目',
			description: '%{smart_count} 条审阅中，%{readyCount} 条可发布 |||| %{smart_count} 条审阅中，%{readyCount} 条可发布',
		},
		workflowList: {
			inReviewHeader: '审阅中',
			readyHeader: '可发布',
			onPublishingNotReadyEntry: '只有“可发布”一列中的条目才能发布。请先把卡片拖到“可发布”',
		},
	},
	ui: {
		toast: {
			missingRequiredField: '还有必填项没有填写（见标红的字段），填好后再保存',
			onFailToPersist: '没有保存：%{details}',
		},
	},
};

type Phrases = { [key: string]: string | Phrases };

function merge(base: Phrases, overrides: Phrases): Phrases {
	const merged: Phrases = { ...base };
	for (const [key, value] of Object.entries(overrides)) {
		merged[key] = typeof value === 'string' ? value : merge((base[key] as Phrases) ?? {}, value);
	}
	return merged;
}

export function registerLocale(cms: CMS) {
	cms.registerLocale(LOCALE, merge(cms.getLocale(LOCALE) as Phrases, phrases));
}
