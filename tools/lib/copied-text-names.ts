/**
 * Names that content has to write exactly as the papers do, besides the organisations and glossary
 * terms read from content/ (see scripts/check-copied-text.ts): programmes, mechanisms and places.
 * A shared run made of these is a name, not copied prose.
 */
export const programmeAndPlaceNames = [
	'公益1+1——溢彩星光',
	'溢彩星光社区老人关爱服务项目',
	'社区老人关爱服务项目',
	'溢彩星光为老服务行动网络',
	'社会工作实务学习小组',
	'入户指引共创小组',
	'协作者学堂',
	'三社联动专业社会工作服务试点项目',
	'项目对接展示大赛',
	'社区公益金微小项目',
	'京剧进课堂',
	'东里社区公益金乒乓乐园',
	'养老服务综合体',
	'乐龄汇',
	'时间银行',
	'一键呼',
	'15分钟居家养老服务圈',
	'社区老年服务共同体',
	'社会工作+志愿服务',
	'专业社工+志愿者',
	'医务社工+医护人员+社区工作者',
	'政府发包+社会工作服务中心承接',
	'朝阳区东风地区',
	'东城区东四街道',
	'石佛营西里社区',
	'石佛营东里社区',
	'石佛营南里社区',
	'民政部2015年度政策理论研究课题',
	'基层社会治理中的社区、社会组织与社会工作互动机制研究',
	'社区居家养老服务“三社联动”供给机制研究',
	'“社会工作+志愿服务”联动模式创新发展探析',
	'“伙伴共建”如何推动社会组织有效参与老年服务',
];
