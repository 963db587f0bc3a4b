/**
 * The five source papers the starter content is drawn from. Content cites them as 资料[000] …
 * 资料[004]; these are the only numbers allowed there, and each is shown to readers as the paper's
 * short citation (`cited`), linked to its entry on the sources page. Where a paper does not state
 * an author, venue or year, the citation says so rather than guess.
 */
export interface SourceDocument {
	/** The number in 资料[…], also the file-name prefix of the paper in ../shared/domain/seeds. */
	id: '000' | '001' | '002' | '003' | '004';
	authors: string;
	title: string;
	/** Publisher, journal or commissioning body, as far as the paper itself states it. */
	publisher: string;
	year: string;
	/** Anything else needed to find the paper (DOI, grant number, dates). */
	details?: string;
	/** One line on what the site takes from it. */
	usedFor: string;
	/**
	 * What a reader sees in place of 资料[…]: author and year where the paper names its authors,
	 * else its title (short title where the title is a main title and a subtitle).
	 */
	cited: string;
}

export const sourceDocuments: readonly SourceDocument[] = [
	{
		id: '000',
		authors: '未署作者',
		title: '“伙伴共建”如何推动社会组织有效参与老年服务',
		publisher: '实务文章，刊载处未载明',
		year: '年份未载明（文中引用2025年的中央文件，成文不早于2025年）',
		usedFor: '“公益1+1——溢彩星光”项目与“伙伴共建”机制、入户工作指引的共创、融爱融乐和美丽心灵的经验、2024年10月政策面对面',
		cited: '《“伙伴共建”如何推动社会组织有效参与老年服务》',
	},
	{
		id: '001',
		authors: '程奇、方娜（重庆大学公共管理学院）',
		title: '社区居家养老服务“三社联动”供给机制研究——基于国内多社区实践比较',
		publisher: 'Hans Publishers（汉斯出版社），开放获取，CC BY 4.0',
		year: '2022',
		details: '收稿 2022年5月30日，录用 2022年6月21日，发布 2022年6月28日',
		usedFor: '北京、重庆、哈尔滨三地的“三社联动”社区居家养老实践，居委会、社会组织与社工的关系',
		cited: '程奇、方娜（2022）',
	},
	{
		id: '002',
		authors: '未署作者',
		title: '社会组织参与社区居家养老服务：现状、挑战、策略',
		publisher: '学术论文，刊载处未载明；文中没有标题，题名按内容拟定',
		year: '年份未载明（文中引用2024年1月的国务院办公厅文件，成文不早于2024年）',
		usedFor: '社会组织参与社区居家养老的六个维度，以及西城、上海、南京、朝阳、云南、厦门等地的例子',
		cited: '《社会组织参与社区居家养老服务》',
	},
	{
		id: '003',
		authors: '李真（项目主持人）、李涛、王立宏、刘倩、卢金艳、刘玉方；北京市协作者社会工作发展中心',
		title: '基层社会治理中的社区、社会组织与社会工作互动机制研究——以北京协作者“三社联动”试点项目为例的行动研究',
		publisher: '民政部2015年度政策理论研究课题报告（部级课题，招标）',
		year: '2015',
		details: '课题编号 2015MZR0252702，完成于2015年9月1日',
		usedFor: '朝阳区东风地区和东城区东四街道的“三社联动”试点、项目工具、督导和学习形式、调查数据与个人故事',
		cited: '李真等（2015）',
	},
	{
		id: '004',
		authors: '段下（英文署名 Duan Fei；胶东革命烈士陵园管理服务中心，山东烟台）',
		title: '“社会工作+志愿服务”联动模式创新发展探析',
		publisher: '期刊论文，刊名未载明',
		year: '2025（据 DOI）',
		details: 'DOI 10.61369/ECE.2025130016',
		usedFor: '社会工作与志愿服务的联动模式、面临的困难和建议，广州社工站、精神障碍居家康复和疫情应对的例子',
		cited: '段下（2025）',
	},
];
