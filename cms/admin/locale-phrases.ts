/**
 * The words of the admin interface that differ from Decap's own Simplified Chinese
 * (decap-cms-locales zh_Hans, 3.x): the network's terms, the phrases that locale leaves in English
 * (it lacks 45 of the English keys, so Decap shows the English text: “Strikethrough”, “Expand”,
 * “Close” …) or half in English (“Backend 服务”, “复制 URL”), and, when saving only writes a file on
 * the editor's own computer, 保存 instead of 发布.
 */

export type Phrases = { [key: string]: string | Phrases };

/** The network's terms: the editorial workflow is 草稿 → 审阅中 → 可发布. */
const networkTerms: Phrases = {
	editor: {
		editorControlPane: { widget: { regexPattern: '“%{fieldLabel}”格式不对：%{pattern}' } },
		editor: { onPublishingNotReady: '请先把状态改为“可发布”，再发布' },
		// “查看发布” (View Live) opens the entry's page on the site, published or, locally, rebuilt.
		editorToolbar: { inReview: '审阅中', ready: '可发布', deployButtonLabel: '在网站上查看' },
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

/** What zh_Hans leaves in English, or says half in English. */
const missingInZhHans: Phrases = {
	app: {
		app: {
			errorHeader: '读取内容管理的配置时出错',
			checkConfigYml: '请检查内容管理的配置是否正确',
			waitingBackend: '正在连接编辑服务……',
		},
	},
	auth: {
		loginWithForgejo: '使用 Forgejo 登录',
		errors: { identitySettings: '无法连接账户认证服务，请检查登录方式的设置' },
	},
	collection: {
		collectionTop: { viewAsList: '列表视图', viewAsGrid: '网格视图' },
		entries: { unpublishedHeader: '未发布的条目' },
	},
	editor: {
		editorControl: { field: { widgetLabel: '字段' } },
		editorControlPane: {
			widget: {
				rangeMin: '“%{fieldLabel}”至少要有 %{minCount} 项',
				rangeMax: '“%{fieldLabel}”最多只能有 %{maxCount} 项',
			},
		},
		editorInterface: { toggleNotes: '显示或隐藏备注' },
		editorNotesPane: {
			title: '备注',
			emptyState: '还没有备注。在下面写下第一条，与其他编辑商量。',
			addNote: '添加备注',
			addPlaceholder: '写一条备注……',
			editPlaceholder: '修改这条备注……',
			save: '保存',
			cancel: '取消',
			edit: '修改',
			delete: '删除',
			resolve: '标为已解决',
			unresolve: '重新打开',
			confirmDelete: '确定要删除这条备注吗？',
			shortcut: '提示：按 Ctrl + Enter 可以直接添加备注',
		},
		editorToolbar: {
			statusInfoTooltipDraft: '条目现在是草稿。写好后把状态改为“审阅中”，交给其他机构审阅。',
			statusInfoTooltipInReview: '条目正在审阅，不需要再做什么；审阅期间仍然可以继续修改。',
		},
		editorWidgets: {
			markdown: {
				strikethrough: '删除线',
				linkPrompt: '输入链接的网址',
				toggleMode: { rich: '切换到富文本模式', markdown: '切换到 Markdown 源码模式' },
			},
			image: {
				chooseUrl: '从网址插入',
				replaceUrl: '换成网址',
				promptUrl: '输入图片的网址',
				chooseMultiple: '选择图片',
				addMore: '添加更多图片',
				removeAll: '移除全部图片',
			},
			file: {
				chooseUrl: '从网址插入',
				replaceUrl: '换成网址',
				promptUrl: '输入文件的网址',
				chooseMultiple: '选择文件',
				addMore: '添加更多文件',
				removeAll: '移除全部文件',
			},
			datetime: { setToNow: '把“%{fieldLabel}”设为现在' },
			list: { addType: '添加%{item}' },
			object: { expand: '展开', collapse: '收起' },
		},
	},
	mediaLibrary: {
		mediaLibraryCard: { copyUrl: '复制网址' },
		mediaLibrary: { fileTooLarge: '文件太大：不能超过 %{size} KB' },
		mediaLibraryModal: { close: '关闭', deleting: '正在删除……' },
	},
	ui: {
		errorBoundary: {
			reportIt: '在 GitHub 上报告这个问题',
			privacyWarning: '报告中会预先填好错误信息和调试数据。\n请检查这些信息，并删去其中的敏感内容',
		},
		settingsDropdown: { account: '账户菜单' },
		toast: {
			onBackendDown: '编辑服务暂时无法使用，详情：%{details}',
			noteAdded: '已添加备注',
			onFailToAddNote: '没能添加备注：%{details}',
			noteUpdated: '备注已修改',
			onFailToUpdateNote: '没能修改备注：%{details}',
			noteDeleted: '备注已删除',
			onFailToDeleteNote: '没能删除备注：%{details}',
			noteResolved: '备注已标为解决',
			noteReopened: '备注已重新打开',
			onFailToToggleNote: '没能更改备注的状态：%{details}',
		},
	},
	// A dayjs format: “MMMM D” prints English month names (“December 2”).
	workflow: { workflow: { dateFormat: 'M月D日' } },
};

/**
 * Editing on one's own computer, a save writes a file into content/ and publishes nothing (the
 * editor commits it later), so the button says 保存. Decap's simple publishing mode calls it
 * 发布 whatever the backend does.
 */
const savingWritesAFile: Phrases = {
	editor: {
		editorToolbar: {
			publish: '保存',
			published: '已保存',
			publishing: '正在保存……',
			publishNow: '立即保存',
			publishAndCreateNew: '保存，然后新建条目',
			publishAndDuplicate: '保存，然后复制此条目',
		},
	},
	ui: { toast: { entrySaved: '已保存到 content/ 文件夹' } },
};

export function mergePhrases(base: Phrases, overrides: Phrases): Phrases {
	const merged: Phrases = { ...base };
	for (const [key, value] of Object.entries(overrides)) {
		merged[key] = typeof value === 'string' ? value : mergePhrases(typeof base[key] === 'object' ? base[key] : {}, value);
	}
	return merged;
}

/** Our phrases over Decap's zh_Hans. `writesFiles`: the local backend, where saving writes a file. */
export function adminPhrases(zhHans: Phrases, { writesFiles }: { writesFiles: boolean }): Phrases {
	const ours = mergePhrases(mergePhrases(missingInZhHans, networkTerms), writesFiles ? savingWritesAFile : {});
	return mergePhrases(zhHans, ours);
}

/** How the problems panel names the way to save again: the buttons the toolbar really shows. */
export function saveAgainInstruction(phrases: Phrases, { writesFiles }: { writesFiles: boolean }): string {
	const toolbar = (phrases.editor as Phrases).editorToolbar as Record<string, string>;
	return writesFiles ? `再点“${toolbar.publish}”→“${toolbar.publishNow}”` : `再点“${toolbar.save}”`;
}
