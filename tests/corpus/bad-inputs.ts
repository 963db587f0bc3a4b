/**
 * The bad-input corpus: each a small mutation of the basic fixture and the exact problems the
 * content check must report — file, field and message — nothing more. Grouped by the categories
 * of issue 11.
 */
import { add, append, both, copy, remove, replace, type Mutation } from './mutations';

export interface BadInput {
	name: string;
	mutate: Mutation;
	/** [file, field, message] of every problem, in the order the check reports them. */
	problems: [string, string, string][];
}

const CASE = 'cases/case-one.md';
const SECTION = 'guide/2025/02-visit.md';
const big = (n: number, unit = '字') => unit.repeat(n);

export const badInputs: BadInput[] = [
	// Different file sets: every file is built or refused.
	{ name: 'a draft file starting with _', mutate: copy(CASE, 'cases/_draft.md', ['slug: case-one', 'slug: case-draft'], ['补充说明。', '电话 13812345678']), problems: [
			["cases/_draft.md", "", "以下划线开头的文件或文件夹不是草稿，也会被读取。本站没有草稿位置：content/ 里的每个文件都会发布。草稿请放在项目根目录的 drafts/ 文件夹（不在 content/ 中，网站不读取），写好后再移入"],
		] },
	{ name: 'a guide edition folder starting with _', mutate: copy('guide/2025/03-privacy.md', 'guide/_2026/01-privacy.md'), problems: [
			["guide/_2026/01-privacy.md", "", "以下划线开头的文件或文件夹不是草稿，也会被读取。本站没有草稿位置：content/ 里的每个文件都会发布。草稿请放在项目根目录的 drafts/ 文件夹（不在 content/ 中，网站不读取），写好后再移入"],
		] },
	{ name: 'a case in a subfolder', mutate: copy(CASE, 'cases/2024/case-three.md', ['slug: case-one', 'slug: case-three']), problems: [
			["cases/2024/case-three.md", "", "案例文件应直接放在 cases/ 中，不能放在子文件夹里。请移到 cases/"],
		] },
	{ name: 'an .mdx file among the cases', mutate: copy(CASE, 'cases/case-three.mdx', ['slug: case-one', 'slug: case-three']), problems: [
			["cases/case-three.mdx", "", "cases/ 中只能放 .md 文件，这个文件不会被读取。本站不接受 MDX（它可以运行代码）。请改名为 .md，提示框写作 :::note … :::"],
		] },
	{ name: 'a Word file dropped into cases/', mutate: add('cases/申报书.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])), problems: [
			["cases/申报书.docx", "", "cases/ 中只能放 .md 文件，这个文件不会被读取。可下载的文件请放在 public/files/ 中，再在工具模板里引用"],
		] },
	{ name: 'a hidden file from macOS', mutate: add('cases/.DS_Store', Buffer.from([0, 0, 0, 1])), problems: [
			["cases/.DS_Store", "", "隐藏文件（名称以 . 开头）不属于内容，不会被读取。请删除它，或移出 content/"],
		] },
	{ name: 'a Markdown file at the top of content/', mutate: copy(CASE, 'notes.md'), problems: [
			["notes.md", "", "content/ 中没有这个位置，这个文件不会被读取。内容只能放在：organisations/*.yaml、guide/<版本>/*.md、guide/editions.yaml、cases/*.md、briefs/*.md、curriculum/modules/*.md、curriculum/sessions/*.md、tools/*.md、events/*.md、glossary.yaml、pages/*.md、guide/frozen-editions.yaml、history.yaml"],
		] },
	{ name: 'a file directly in curriculum/', mutate: copy('curriculum/modules/mod-one.md', 'curriculum/mod-two.md'), problems: [
			["curriculum/mod-two.md", "", "content/ 中没有这个位置，这个文件不会被读取。内容只能放在：organisations/*.yaml、guide/<版本>/*.md、guide/editions.yaml、cases/*.md、briefs/*.md、curriculum/modules/*.md、curriculum/sessions/*.md、tools/*.md、events/*.md、glossary.yaml、pages/*.md、guide/frozen-editions.yaml、history.yaml"],
		] },
	{ name: 'a guide section one folder too deep', mutate: copy('guide/2025/03-privacy.md', 'guide/2025/drafts/03-privacy.md'), problems: [
			["guide/2025/drafts/03-privacy.md", "", "指引章节文件应直接放在版本文件夹中，例如 guide/2025/preparation.md，不能放在更深的子文件夹里"],
		] },
	{ name: 'an organisation saved as .yml', mutate: copy('organisations/org-a.yaml', 'organisations/org-c.yml', ['slug: org-a', 'slug: org-c']), problems: [
			["organisations/org-c.yml", "", "organisations/ 中只能放 .yaml 文件，这个文件不会被读取。请改用 .yaml"],
		] },

	// Encodings and characters.
	{ name: 'a file saved as GBK', mutate: add('cases/case-gbk.md', Buffer.concat([Buffer.from('---\nslug: case-gbk\ntitle: '), Buffer.from([0xbc, 0xd7, 0xd6, 0xd0, 0xd0, 0xc4]), Buffer.from('\n---\n')])), problems: [
			["cases/case-gbk.md", "", "文件不是 UTF-8 编码（可能是 GBK/GB2312，常见于 Windows 记事本或 Word 另存的文件），无法读取。请用编辑器“另存为 UTF-8”后再保存"],
		] },
	{ name: 'a NUL byte in the body', mutate: replace(CASE, '补充说明。', '补充\u0000说明。'), problems: [
			["cases/case-one.md", "", "第 30 行第 3 列有看不见的空字符 NUL（U+0000），通常是从 Word 或网页粘贴带来的。请删除它（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a vertical tab pasted from Word into a title', mutate: replace(CASE, 'title: 甲中心的高龄老人探访', 'title: 甲中心的\u000b高龄老人探访'), problems: [
			["cases/case-one.md", "", "第 3 行第 12 列有看不见的垂直制表符（U+000B），通常是从 Word 或网页粘贴带来的。请删除它（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a form feed in an organisation file', mutate: replace('organisations/org-a.yaml', 'description: 测试用伙伴机构。', 'description: 测试用\u000c伙伴机构。'), problems: [
			["organisations/org-a.yaml", "", "第 8 行第 17 列有看不见的换页符（U+000C），通常是从 Word 或网页粘贴带来的。请删除它（该条目被 9 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a zero-width space in a credit role', mutate: replace(CASE, 'role: 主笔', 'role: 主笔\u200b'), problems: [
			["cases/case-one.md", "角色（credits[1].role）", "“主笔<U+200B>”不是允许的取值。允许的取值：主笔、共同撰写、审阅、案例提供（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a non-breaking space in a district', mutate: replace(CASE, 'district: 北京市朝阳区', 'district: 北京市\u00a0朝阳区'), problems: [
			["cases/case-one.md", "地区（district）", "“北京市<U+00A0>朝阳区”不是允许的取值。允许的取值：北京市朝阳区、北京市东城区、北京市西城区、北京市(区未注明)、重庆市、哈尔滨市、上海市、南京市、南京市鼓楼区、厦门市、广州市、云南省、山东省烟台市、全国、地区未注明（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a zero-width space inside a field name', mutate: replace(CASE, 'summary: 志愿者', 'summ\u200bary: 志愿者'), problems: [
			["cases/case-one.md", "summ<U+200B>ary", "不认识的字段“summ<U+200B>ary”，它的内容不会显示。是不是“summary（一句话摘要）”？请改正字段名（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },

	// YAML syntax.
	{ name: 'an unclosed quote on line 3', mutate: replace(CASE, 'title: 甲中心的高龄老人探访', 'title: "甲中心的高龄老人探访'), problems: [
			["cases/case-one.md", "", "文件头（frontmatter）第 3 行无法解析：引号 \" 没有闭合：这一行开头的引号缺少对应的结束引号。该行内容：title: \"甲中心的高龄老人探访（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'an unclosed bracket', mutate: replace(CASE, 'summary: 志愿者结对探访高龄老人', 'summary: [志愿者结对探访高龄老人'), problems: [
			["cases/case-one.md", "", "文件头（frontmatter）第 4 行无法解析：方括号 [ ] 或花括号 { } 没有闭合。该行内容：summary: [志愿者结对探访高龄老人（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a field written twice', mutate: replace(CASE, 'district: 北京市朝阳区', 'district: 北京市朝阳区\ndistrict: 北京市东城区'), problems: [
			["cases/case-one.md", "", "文件头（frontmatter）第 12 行无法解析：同一个字段写了两次，请删去一个。该行内容：district: 北京市东城区（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a tab used for indentation', mutate: replace(CASE, '  - 高龄老人(80+)', '\t- 高龄老人(80+)'), problems: [
			["cases/case-one.md", "", "文件头（frontmatter）第 15 行无法解析：不能用 Tab 键缩进，请改用空格。该行内容：- 高龄老人(80+)（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'no frontmatter at all', mutate: add('cases/case-three.md', '# 案例三\n\n没有文件头。\n'), problems: [
			["cases/case-three.md", "", "文件开头缺少文件头（frontmatter）：第一行应为 ---，接着是“字段: 值”，再以一行 --- 结束，然后才是正文"],
		] },
	{ name: 'a colon inside an unquoted value', mutate: replace(CASE, 'summary: 志愿者结对探访高龄老人', 'summary: 目标: 结对探访'), problems: [
			["cases/case-one.md", "", "文件头（frontmatter）第 4 行无法解析：冒号后面又出现了“字段: 值”：一行只能写一个字段；值里有冒号时请给整个值加引号。该行内容：summary: 目标: 结对探访（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a YAML syntax error in an organisation file', mutate: replace('organisations/org-a.yaml', 'name: 甲社区服务中心', "name: '甲社区服务中心"), problems: [
			["organisations/org-a.yaml", "", "YAML 文件第 2 行无法解析：引号 ' 没有闭合：这一行开头的引号缺少对应的结束引号。该行内容：name: '甲社区服务中心（该条目被 9 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a frontmatter that is a list', mutate: add('cases/case-three.md', '---\n- slug: case-three\n---\n正文\n'), problems: [
			["cases/case-three.md", "", "文件头（frontmatter）第 2 行无法解析：文件头（frontmatter）应由“字段: 值”组成，每行一个字段"],
		] },
	{ name: 'a value starting with @', mutate: replace(CASE, 'summary: 志愿者结对探访高龄老人', 'summary: @志愿者'), problems: [
			["cases/case-one.md", "", "文件头（frontmatter）第 4 行无法解析：值不能以 @、` 等保留符号开头，请给整个值加引号。该行内容：summary: @志愿者（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{
		name: 'a YAML alias in place of a value',
		mutate: replace('organisations/org-a.yaml', 'short_name: 甲中心', 'short_name: &short 甲中心\ndescription2: *short'),
		problems: [['organisations/org-a.yaml', '', 'YAML 文件第 4 行无法解析：YAML 文件中不能使用 & 和 * 引用（锚点和别名），请直接写出每个值（该条目被 9 个条目引用，修好之前这些引用都无法显示）']],
	},
	{ name: 'a closing --- missing', mutate: replace(CASE, 'illustrative: true\n---\n', 'illustrative: true\n'), problems: [
			["cases/case-one.md", "", "文件开头缺少文件头（frontmatter）：第一行应为 ---，接着是“字段: 值”，再以一行 --- 结束，然后才是正文（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },

	// Strict schemas: unknown keys, required fields, allowed values.
	{ name: 'a misspelled optional field (localty)', mutate: replace(CASE, 'district: 北京市朝阳区', 'district: 北京市朝阳区\nlocalty: 石佛营东里社区'), problems: [
			["cases/case-one.md", "localty", "不认识的字段“localty”，它的内容不会显示。是不是“locality（街道/社区）”？请改正字段名（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'an unknown field unlike any known one', mutate: replace('curriculum/modules/mod-one.md', 'order: 1', 'order: 1\ncolour: 红'), problems: [
			["curriculum/modules/mod-one.md", "colour", "不认识的字段“colour”，它的内容不会显示。允许的字段：slug（标识）、title（模块名称）、order（顺序）、summary（一句话概要）、audiences（适用对象）、credits（署名机构）、source（来源）、illustrative（示例内容）、privacy_exceptions（个人信息例外）（该条目被 1 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a misspelled field inside a credit row', mutate: replace('cases/case-two.md', '    role: 主笔', '    rol: 主笔'), problems: [
			["cases/case-two.md", "credits[0].rol", "不认识的字段“rol”，它的内容不会显示。是不是“role（角色）”？请改正字段名"],
		] },
	{ name: 'a misspelled field in an organisation file', mutate: replace('organisations/org-a.yaml', 'short_name: 甲中心', 'shortname: 甲中心'), problems: [
			["organisations/org-a.yaml", "shortname", "不认识的字段“shortname”，它的内容不会显示。是不是“short_name（简称）”？请改正字段名（该条目被 9 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a misspelled field in editions.yaml', mutate: replace('guide/editions.yaml', '    summary: 第一版。', '    sumary: 第一版。'), problems: [
			["guide/editions.yaml", "editions[0].sumary", "不认识的字段“sumary”，它的内容不会显示。是不是“summary（版本说明）”？请改正字段名"],
		] },
	{ name: 'a required field left out', mutate: replace(CASE, 'title: 甲中心的高龄老人探访\n', ''), problems: [
			["cases/case-one.md", "案例标题（title）", "必填，不能为空（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a value outside the taxonomy', mutate: replace(CASE, 'case_kind: 项目案例', 'case_kind: 好案例'), problems: [
			["cases/case-one.md", "案例类型（case_kind）", "“好案例”不是允许的取值。允许的取值：项目案例、个人故事、机构变化、模式/地区经验、政策推动（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },

	// Dates: the calendar, and the past.
	{ name: 'last_reviewed on 30 February', mutate: replace(SECTION, 'last_reviewed: 2025-05-01', 'last_reviewed: 2024-02-30'), problems: [
			["guide/2025/02-visit.md", "最近审阅日期（last_reviewed）", "“2024-02-30”不是日历上存在的日期，请核对月份和日期（该条目被 1 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'last_reviewed in month 13', mutate: replace(SECTION, 'last_reviewed: 2025-05-01', 'last_reviewed: 2024-13-45'), problems: [
			["guide/2025/02-visit.md", "最近审阅日期（last_reviewed）", "“2024-13-45”不是日历上存在的日期，请核对月份和日期（该条目被 1 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'last_reviewed in the future', mutate: replace(SECTION, 'last_reviewed: 2025-05-01', 'last_reviewed: 2099-05-01'), problems: [
			["guide/2025/02-visit.md", "最近审阅日期（last_reviewed）", "“2099-05-01”晚于今天（2026-12-02）。这里记录已经发生的事，不能填将来的日期（该条目被 1 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a brief status row dated 2099', mutate: replace('briefs/brief-one.md', '  - date: 2024-10', '  - date: "2099"'), problems: [
			["briefs/brief-one.md", "日期（status_history[1].date）", "“2099”晚于今天（2026-12-02）。这里记录已经发生的事，不能填将来的日期"],
		] },
	{ name: 'a case period that starts in the future', mutate: replace('cases/case-two.md', '  start: 2022-03', '  start: 2099-03'), problems: [
			["cases/case-two.md", "开始（period.start）", "“2099-03”晚于今天（2026-12-02）。这里记录已经发生的事，不能填将来的日期"],
		] },
	{ name: 'an edition published in the future', mutate: replace('guide/editions.yaml', 'published: 2025-06-01', 'published: 2099-06-01'), problems: [
			["guide/editions.yaml", "发布日期（editions[1].published）", "“2099-06-01”晚于今天（2026-12-02）。这里记录已经发生的事，不能填将来的日期"],
		] },
	{ name: 'an event on 31 April', mutate: replace('events/event-one.md', 'date: 2024-10', 'date: 2024-04-31'), problems: [
			["events/event-one.md", "日期（date）", "“2024-04-31”不是日历上存在的日期，请核对月份和日期（该条目被 1 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a date written with slashes', mutate: replace(SECTION, 'last_reviewed: 2025-05-01', 'last_reviewed: 2025/5/1'), problems: [
			["guide/2025/02-visit.md", "最近审阅日期（last_reviewed）", "日期格式应为 YYYY-MM-DD，例如 2024-10-15（该条目被 1 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a brief status history out of order', mutate: replace('briefs/brief-one.md', '  - date: "2024"', '  - date: "2025"'), problems: [
			["briefs/brief-one.md", "日期（status_history[1].date）", "状态记录应按时间先后排列：2024-10 早于上一行的 2025"],
		] },

	// Orderings and identities that must be unique.
	{ name: 'two modules with the same order', mutate: copy('curriculum/modules/mod-one.md', 'curriculum/modules/mod-two.md', ['slug: mod-one', 'slug: mod-two']), problems: [
			["curriculum/modules/mod-two.md", "顺序（order）", "顺序 1 与 curriculum/modules/mod-one.md 重复，学习路径的先后会不确定。请换一个数字"],
		] },
	{ name: 'two sessions of a module with the same order', mutate: copy('curriculum/sessions/session-one.md', 'curriculum/sessions/session-two.md', ['slug: session-one', 'slug: session-two']), problems: [
			["curriculum/sessions/session-two.md", "模块内顺序（order）", "模块内顺序 1 与同一模块的 curriculum/sessions/session-one.md 重复，单元的先后会不确定。请换一个数字"],
		] },
	{ name: 'two guide sections with the same number', mutate: replace('guide/2025/03-privacy.md', /section_no: "?3"?/, 'section_no: "2"'), problems: [
			["guide/2025/03-privacy.md", "章节编号（section_no）", "章节编号 2 与同一版本的 guide/2025/02-visit.md 重复，章节顺序会不确定。请换一个编号"],
		] },
	{ name: 'one editor listed under two organisations', mutate: replace('organisations/org-b.yaml', '  - editor-b@org-b.example', '  - editor-b@org-b.example\n  - Editor-A@org-a.example'), problems: [
			["organisations/org-b.yaml", "编辑身份（editors[1]）", "编辑身份“Editor-A@org-a.example”也登记在 organisations/org-a.yaml 中。一个编辑身份只能属于一家机构，否则修改记录会随意归到其中一家。请只保留在实际所属的机构"],
		] },
	{ name: 'two cases with the same slug', mutate: copy('cases/case-two.md', 'cases/case-two-copy.md'), problems: [
			["cases/case-two.md", "slug", "标识“case-two”与 cases/case-two-copy.md 重复。同一类内容的标识必须唯一，请换一个"],
		] },
	{ name: 'a guide section id that is a reserved URL', mutate: replace('guide/2025/03-privacy.md', /section_id: \S+/, 'section_id: print'), problems: [
			["guide/2025/03-privacy.md", "章节标识（section_id）", "“print”是保留的网址，不能用作章节标识（不能用 print、editions、changes 或纯数字）"],
		] },
	{ name: 'an edition folder missing from editions.yaml', mutate: copy('guide/2025/01-intro.md', 'guide/2026/01-intro.md'), problems: [
			["guide/editions.yaml", "版本（editions）", "文件夹 guide/2026/ 没有对应的版本条目。请添加标识为“2026”的版本"],
			["guide/frozen-editions.yaml", "", "2025 版不是现行版，已定稿，但没有定稿指纹，无法确认它没有被修改。请协调人运行 npm run freeze:editions"],
			["curriculum/sessions/session-one.md", "相关指引章节（guide_sections[0]）", "找不到标识为“visit”的现行版指引条目。请从已有条目中选择，或先创建该条目"],
		] },

	// One message per root cause.
	{ name: 'a broken organisation file referred to by many entries', mutate: replace('organisations/org-b.yaml', 'org_type: 支持性社会组织', 'org_type: 支持中心'), problems: [
			["organisations/org-b.yaml", "机构类型（org_type）", "“支持中心”不是允许的取值。允许的取值：基金会、支持性社会组织、社会工作服务机构、社会服务机构(类型未注明)、民办非企业单位、社会团体、社区社会组织、政府部门、社区居委会、街道/地区办事处、高校/研究机构、医疗机构、学校、媒体（该条目被 12 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a broken case referred to by several entries', mutate: replace(CASE, 'consent: 不涉及可识别个人', 'consent: 口头'), problems: [
			["cases/case-one.md", "知情同意（consent）", "“口头”不是允许的取值。允许的取值：已取得书面同意、已取得口头同意、不涉及可识别个人、来源为公开文献（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'an organisation file that cannot be parsed, referred to by many', mutate: replace('organisations/org-b.yaml', 'name: 乙支持中心', 'name: "乙支持中心'), problems: [
			["organisations/org-b.yaml", "", "YAML 文件第 2 行无法解析：引号 \" 没有闭合：这一行开头的引号缺少对应的结束引号。该行内容：name: \"乙支持中心（该条目被 12 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{
		name: 'a broken case that another entry links to',
		mutate: both(replace(CASE, 'consent: 不涉及可识别个人', 'consent: 口头'), append('cases/case-two.md', '\n见[甲中心的案例](/cases/case-one/)。\n')),
		problems: [
			['cases/case-one.md', '知情同意（consent）', '“口头”不是允许的取值。允许的取值：已取得书面同意、已取得口头同意、不涉及可识别个人、来源为公开文献（该条目被 5 个条目引用，修好之前这些引用都无法显示）'],
		],
	},
	{ name: 'an unknown organisation id used by two entries', mutate: both(replace('cases/case-two.md', '  - org: org-b', '  - org: org-x'), replace('briefs/brief-one.md', '  - org: org-a', '  - org: org-x')), problems: [
			["briefs/brief-one.md", "机构（credits[0].org）", "找不到标识为“org-x”的机构名录条目（共被 2 个条目引用：briefs/brief-one.md、cases/case-two.md）。请从已有条目中选择，或先创建该条目"],
		] },
	{ name: 'an unknown case id in a brief', mutate: replace('briefs/brief-one.md', '  - case-one\n', '  - case-nine\n'), problems: [
			["briefs/brief-one.md", "支撑案例（evidence_cases[0]）", "找不到标识为“case-nine”的案例集条目。请从已有条目中选择，或先创建该条目"],
		] },

	// Detectors name the field they found something in.
	{
		name: 'a mobile number in a quote',
		mutate: replace('cases/case-two.md', 'consent:', 'quotes:\n  - speaker_role: 社区居民\n    text: 有事打我电话 139-1234-5678\nconsent:'),
		problems: [['cases/case-two.md', '原话（quotes[0].text）第 25 行', '疑似手机号码“139****5678”。不能公开个人联系方式，请删除；需要联系方式时写机构的公开电话（填在机构名录的“转介联系方式”）。确属误报时，经审阅可把原文列入本条的“个人信息例外”（privacy_exceptions）并写明理由']],
	},

	// Bodies and limits.
	{ name: 'a guide section with an empty body', mutate: replace('guide/2025/03-privacy.md', /\n---\n[\s\S]*$/, '\n---\n\n'), problems: [
			["guide/2025/03-privacy.md", "正文", "正文必填，不能为空"],
		] },
	{ name: 'a 5 MB body', mutate: append(CASE, big(5 * 1024 * 1024 / 3)), problems: [
			["cases/case-one.md", "正文", "正文太长：最多 100000 个字符。请拆成几个条目，或把附件放到 public/files/ 再链接（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a 2,000-character title', mutate: replace(CASE, 'title: 甲中心的高龄老人探访', `title: ${big(2000)}`), problems: [
			["cases/case-one.md", "案例标题（title）", "太长：最多 300 个字。长的内容请写在正文或多行字段中（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: '10,000 list items', mutate: replace(CASE, 'methods:\n', `highlights:\n${'  - 亮点\n'.repeat(10_000)}methods:\n`), problems: [
			["cases/case-one.md", "项目亮点（highlights）", "太多：一个列表最多 200 项（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },
	{ name: 'a paragraphs field of 6,000 characters', mutate: replace(CASE, 'background: 背景段落。', `background: ${big(6000)}`), problems: [
			["cases/case-one.md", "背景（background）", "太长：最多 5000 个字。更长的内容请写在正文中（该条目被 4 个条目引用，修好之前这些引用都无法显示）"],
		] },

	// Links of every form.
	{ name: 'a broken inline link', mutate: append(CASE, '\n见[不存在的案例](/cases/nope/)。\n'), problems: [
			["cases/case-one.md", "正文第 3 行", "站内链接 /cases/nope/ 指向的页面不存在"],
		] },
	// HTML is refused as such, whatever it links to: one message, saying how to write the link.
	{ name: 'a link written as HTML', mutate: append(CASE, '\n<a href="/cases/nope/">不存在</a>\n'), problems: [
			["cases/case-one.md", "补充说明（body）第 32 行", "有 HTML 标签 <a>，网站不会显示它，其中的脚本、框架、样式和事件也不会运行。正文只能用 Markdown：标题用 ##，强调用 **文字**，链接用 [文字](https://…)，图片用 ![说明](/files/…)，提示框用 :::note"],
		] },
	{ name: 'a broken reference-style link', mutate: append(CASE, '\n见[另一个案例][1]。\n\n[1]: /cases/nope/\n'), problems: [
			["cases/case-one.md", "正文第 5 行", "站内链接 /cases/nope/ 指向的页面不存在"],
		] },
	{ name: 'a broken relative link', mutate: append(CASE, '\n见[另一个案例](../nope/)。\n'), problems: [
			["cases/case-one.md", "正文第 3 行", "链接 ../nope/（相对本页 /cases/case-one/，即 /cases/nope/） 指向的页面不存在"],
		] },
	{ name: 'a link to a heading that does not exist', mutate: append(CASE, '\n见[进门之前](/guide/visit/#出门之后)。\n'), problems: [
			["cases/case-one.md", "正文第 3 行", "站内链接 /guide/visit/#出门之后 指向的小标题 #出门之后 在该页面上不存在。该页面的小标题：#进门之前"],
		] },
	{ name: 'a link to a missing download', mutate: append(CASE, '\n[下载模板](/files/tools/no-such-template.docx)\n'), problems: [
			["cases/case-one.md", "正文第 3 行", "站内链接 /files/tools/no-such-template.docx 要下载的文件不存在：public/files/tools/no-such-template.docx。请先把文件上传到 public/files/，或改正文件名"],
		] },
	{ name: 'an image outside /files/', mutate: append(CASE, '\n![照片](/images/nope.png)\n'), problems: [
			["cases/case-one.md", "补充说明（body）第 32 行", "图片地址“/images/nope.png”不在本站的 /files/ 下，不会显示在网站上。请先在内容管理中上传图片，再插入 ![说明](/files/…)"],
		] },
	{ name: 'a broken link in a text field', mutate: replace(CASE, 'background: 背景段落。', 'background: 详见[案例](/cases/nope/)。'), problems: [
			["cases/case-one.md", "背景（background）", "站内链接 /cases/nope/ 指向的页面不存在"],
		] },
	{ name: 'a link to an older edition section that does not exist', mutate: append(CASE, '\n见[旧版](/guide/2024/privacy/)。\n'), problems: [
			["cases/case-one.md", "正文第 3 行", "站内链接 /guide/2024/privacy/ 指向的页面不存在"],
		] },

	// Frozen editions.
	{ name: 'text edited in a frozen edition', mutate: replace('guide/2024/02-visit.md', /\n---\n([\s\S]*)$/, '\n---\n$1\n新加的一句。\n'), problems: [
			["guide/2024/02-visit.md", "", "2024 版已定稿，它的文件不能修改（与定稿时的内容不同）。如确需更正，请协调人在 guide/editions.yaml 中给 2024 版勾选“重新开放修改”（reopened: true），改完后运行 npm run freeze:editions 并取消勾选；新的修订请写在现行版中"],
		] },
	{ name: 'a section added to a frozen edition', mutate: copy('guide/2024/03-old-only.md', 'guide/2024/04-new.md', [/section_id: \S+/, 'section_id: brand-new'], [/section_no: "?3"?/, 'section_no: "4"']), problems: [
			["guide/2024/04-new.md", "", "2024 版已定稿，不能再添加章节。如确需更正，请协调人在 guide/editions.yaml 中给 2024 版勾选“重新开放修改”（reopened: true），改完后运行 npm run freeze:editions 并取消勾选；新的修订请写在现行版中"],
		] },
	{ name: 'a section deleted from a frozen edition', mutate: remove('guide/2024/03-old-only.md'), problems: [
			["guide/2024/03-old-only.md", "", "2024 版已定稿，不能删除其中的文件（定稿时有这个文件，现在没有了）。请从 git 中恢复它。如确需更正，请协调人在 guide/editions.yaml 中给 2024 版勾选“重新开放修改”（reopened: true），改完后运行 npm run freeze:editions 并取消勾选；新的修订请写在现行版中"],
		] },
	{ name: 'the frozen fingerprints deleted', mutate: remove('guide/frozen-editions.yaml'), problems: [
			["guide/frozen-editions.yaml", "", "2024 版不是现行版，已定稿，但没有定稿指纹，无法确认它没有被修改。请协调人运行 npm run freeze:editions"],
		] },
	{ name: 'a settings file with a misspelled field', mutate: replace('guide/frozen-editions.yaml', 'fingerprint:', 'fingerprnt:'), problems: [
			["guide/frozen-editions.yaml", "editions[0].files[0].fingerprnt", "不认识的字段“fingerprnt”，它的内容不会显示。是不是“fingerprint（指纹）”？请改正字段名"],
		] },
];
