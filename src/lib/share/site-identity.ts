/** The site's name and description: Starlight's config, the share cards and the home page use these. */
export const siteName = '共建 · 为老服务知识库';
export const siteDescription = '为老服务行动网络共同编写的入户工作指引、案例集、政策建议和学习小组课程';
