/**
 * The licence the site's content and its open data are published under. One declaration: the
 * open-data files, their description and the /data/ page all name it from here.
 */
export const SITE_LICENCE = {
	id: 'CC-BY-4.0',
	title: '知识共享 署名 4.0 国际许可协议（CC BY 4.0）',
	url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
	/** What the licence asks of a reuser, in one sentence for the page. */
	summary: '可以自由复制、转载、改编和商业使用，但须署名原作者（各署名机构）并注明出处。',
} as const;

/** The network the site belongs to: the author of the site as a whole and of its datasets. */
export const SITE_PUBLISHER = '为老服务行动网络';
export const SITE_NAME = '共建 · 为老服务知识库';
