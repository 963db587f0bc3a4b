/**
 * Shared taxonomies: the allowed values of every select field on the site.
 * Collections, CMS options, search filters and facet pages all read these lists.
 * Values are grounded in the network's own vocabulary (see shared/domain/digest.md §6.1).
 */

/** 服务人群 */
export const populations = [
	'高龄老人(80+)',
	'70–79岁老人',
	'60–69岁老人',
	'空巢老人',
	'孤寡老人',
	'失能老人',
	'失独老人/失独家庭',
	'认知障碍老人',
	'老残共养家庭',
	'残障人士',
	'精神障碍患者',
	'流动人口',
	'流动儿童',
	'社区儿童青少年',
	'社区全体居民',
	'社区社会组织',
	'社区工作者/社工',
] as const;

/** 服务需求领域 */
export const serviceNeeds = [
	'生活照料',
	'医疗护理/健康管理',
	'康复训练',
	'紧急救护/应急',
	'精神慰藉/心理',
	'文化娱乐/社会参与',
	'法律与权益',
	'监护',
	'居家服务',
	'组织能力建设',
] as const;

/** 服务方法 */
export const methods = [
	'入户探访',
	'个案工作',
	'小组工作',
	'社区工作',
	'志愿服务',
	'需求评估',
	'转介',
	'督导',
	'项目化运作',
	'政策倡导',
	'智慧养老技术',
] as const;

/** 项目类型 (the four pilot types plus self-governance) */
export const projectTypes = ['社区照顾', '社区互助', '社区融入', '社区参与', '社区自治'] as const;

/** 资金来源 */
export const fundingModes = [
	'基金会资助',
	'政府购买服务',
	'公益创投',
	'社区公益金微小项目',
	'公建民营',
	'企业捐赠',
	'社会捐赠',
	'有偿服务/社会企业',
] as const;

/** 机构类型 */
export const orgTypes = [
	'基金会',
	'支持性社会组织',
	'社会工作服务机构',
	'社会服务机构(类型未注明)',
	'民办非企业单位',
	'社会团体',
	'社区社会组织',
	'政府部门',
	'社区居委会',
	'街道/地区办事处',
	'高校/研究机构',
	'医疗机构',
	'学校',
	'媒体',
] as const;

/** 在网络中的角色 */
export const networkRoles = ['资助方', '支持机构', '伙伴机构', '外部专家', '政府主管部门', '文献中的机构'] as const;

/** 社区类型 */
export const communityTypes = [
	'城乡结合部',
	'中心城区',
	'老旧小区',
	'平房/胡同',
	'回迁小区',
	'保障房社区',
	'行政村',
	'多类社区',
] as const;

/** 地区 (city and district, as precise as the source allows) */
export const districts = [
	'北京市朝阳区',
	'北京市东城区',
	'北京市西城区',
	'北京市(区未注明)',
	'重庆市',
	'哈尔滨市',
	'上海市',
	'南京市',
	'南京市鼓楼区',
	'厦门市',
	'广州市',
	'云南省',
	'山东省烟台市',
	'全国',
	// Some cited studies name no place; a made-up place would be an invented fact.
	'地区未注明',
] as const;

/** 署名角色 */
export const creditRoles = ['主笔', '共同撰写', '审阅', '案例提供'] as const;

/** 政策建议状态 (lifecycle, in order) */
export const briefStatuses = [
	'草稿',
	'内部讨论',
	'已提交',
	'已获回应',
	'纳入试点',
	'已写入政策',
	'未采纳/搁置',
] as const;

/** 政策建议议题 */
export const briefIssues = [
	'老残共养/监护',
	'失独老人照护',
	'认知障碍支持',
	'社区公益金',
	'政府购买服务',
	'居委会与社会组织边界',
	'志愿服务衔接',
	'评估机制',
	'人才与岗位',
] as const;

/** 审阅状态 (maps onto the CMS editorial workflow: 草稿 → 审阅中 → 可发布) */
export const reviewStatuses = ['草稿', '同行审阅中', '督导审阅中', '已发布', '待更新'] as const;

/** 案例类型 */
export const caseKinds = ['项目案例', '个人故事', '机构变化', '模式/地区经验', '政策推动'] as const;

/** 指引章节所属环节 */
export const guidePhases = [
	'总则',
	'伦理与权益',
	'准备',
	'进入与沟通',
	'评估',
	'服务与干预',
	'转介',
	'记录',
	'安全与应急',
	'自我照护',
	'反馈评估',
] as const;

/** 内容依据 */
export const groundings = ['成员实务总结', '文献', '政策要求', '成员撰写(资料未涉及)'] as const;

/** 知情同意情况 */
export const consents = ['已取得书面同意', '已取得口头同意', '不涉及可识别个人', '来源为公开文献'] as const;

/** 工具类型 */
export const toolTypes = [
	'申报书',
	'实施方案',
	'案例撰写模板',
	'总结报告',
	'工作指导手册',
	'需求评估工具',
	'记录表',
	'满意度问卷',
] as const;

/** 工具适用阶段 */
export const toolStages = ['申报', '实施', '监测', '结项'] as const;

/** 活动类型 */
export const eventTypes = [
	'伙伴见面会',
	'阶段性交流会',
	'学习小组',
	'实地参访',
	'政策面对面',
	'入户指引共创会',
	'联席会议',
	'督导会',
	'项目对接展示会',
] as const;

/** 学习形式 */
export const learningFormats = [
	'学习小组研讨',
	'经验互学',
	'专题工作坊',
	'情景模拟',
	'案例解析',
	'视频分享',
	'圆桌沙龙',
	'个别化督导',
	'小组督导',
	'互助支持小组',
	'实地参访',
] as const;

/** 适用对象 */
export const audiences = ['新入职社工', '一线社工', '项目管理者', '志愿者/居民骨干'] as const;

/** 模板版块类型: the kinds of block a tool's fill-in form (tool-form.ts) is made of. */
export const formBlockKinds = ['标题', '说明', '填空', '勾选', '书写框', '表格'] as const;
