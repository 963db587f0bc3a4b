/**
 * Labelled snippets for the personal-data check, written for it: for each rule, what it must find
 * in the forms people write, and near-misses it must leave alone (dates, document and statute
 * numbers, amounts, groups of people, community names). The unit tests assert on every one;
 * `npm run bench:privacy` prints precision and recall over all of them.
 */
import type { PersonalDataRule } from './types';

export interface LabelledSnippet {
	text: string;
	/** The rule that must fire, or none for a near-miss. */
	expect: PersonalDataRule | 'none';
	/** The rule the near-miss resembles, so precision can be reported per rule. */
	near?: PersonalDataRule;
}

const positive = (expect: PersonalDataRule, texts: string[]) => texts.map((text) => ({ text, expect }));
const nearMiss = (near: PersonalDataRule, texts: string[]) => texts.map((text) => ({ text, expect: 'none' as const, near }));

export const labelledSnippets: LabelledSnippet[] = [
	...positive('mobile', [
		'老人女儿的电话是13812345678，社工每周联系一次。',
		'联系人：+86 138 1234 5678',
		'家属电话 138-1234-5678（工作日）',
		'可打 +8613912345678 找到她的儿子',
		'手机：１３８１２３４５６７８',
		'电话 0086 159 8765 4321',
		'紧急联系人 186 0101 2345',
		'她说有事就打1501234 5678。',
		'电话：＋８６ １３７－０００１－２２３３',
		'回访电话13698765432',
		'小区志愿者手机 177 1234 0000',
		'手机号为 19912345678。',
	]),
	...nearMiss('mobile', [
		'依据第13812345678号文件办理。',
		'编号：13812345678',
		'项目于2024年10月12日启动，服务13812名老人次。',
		'共服务 3037 人次，入户 1380 次。',
		'资金 138.12345678 万元（四舍五入）',
		'《关于加强“老老人”服务保障的若干措施》第12条',
		'民发〔2015〕138号',
		'2013年7月至2015年12月',
		'调研覆盖 13 个街道、812 个社区。',
		'项目编号 2024-10-12-001',
		'10000000000000 次访问',
	]),
	...positive('landline', [
		'她家电话 010-12345678。',
		'固话（0755）8888 6666',
		'家里座机 021 6123 4567',
		'社工站电话：01065432100',
		'老人家的电话是 0571-87654321 转 8',
		'座机 (010) 8765 4321',
		'电话０１０－８７６５４３２１',
	]),
	...nearMiss('landline', [
		'2024-10-12 入户回访',
		'时间：2024年10月12日 14:00-16:00',
		'报告编号 0101-2024',
		'比例为 0.65，较上年提高 0.12',
		'京政发〔2010〕12345678号',
		'第 010 期简报',
	]),
	...positive('id-number', [
		'身份证号 11010519491231002X',
		'证件号：110105 19491231 002X',
		'老人的身份证 1101 0519 4912 3100 2X',
		'ID 440524198001010013',
		'身份证号码为１１０１０５１９４９１２３１００２Ｘ。',
		'他的身份证号是 11010119900307803X',
	]),
	...nearMiss('id-number', [
		'流水号 110105194912310021',
		'订单号 123456789012345678',
		'共计 100000000000000000 元',
		'档案号 44052418800101001X',
		'批次 20240101202401012024',
	]),
	...positive('bank-card', [
		'补贴打到卡号 6222 0212 3456 7894 上',
		'银行卡：6228480402564890018',
		'卡号 4111 1111 1111 1111',
		'工资卡 6212-2612-0200-0000-001',
		'请转入 5555555555554444',
	]),
	...nearMiss('bank-card', [
		'合同号 6222 0212 3456 7890',
		'统计数字 4111111111111112',
		'编号 1234 5678 9012 3456',
		'年度经费 62,220,212 元',
		'覆盖 6222 户、212 名志愿者',
	]),
	...positive('email', [
		'老人女儿的邮箱 wangli1975@qq.com',
		'可发邮件到 zhang.wei@163.com 联系家属',
		'联系：Li_Hua+care@gmail.com',
		'电子邮箱：xiaoming@example.org',
		'志愿者邮箱 volunteer2024@126.com。',
	]),
	...nearMiss('email', [
		'用 @ 提到其他编辑',
		'微博 @北京协作者',
		'文件名 report@2x.png',
		'见 https://www.mca.gov.cn/ 的公告',
		'时间 10:00@社区活动室',
	]),
	...positive('address', [
		'老人住在和平里北街12号。',
		'家住石佛营东里 105 号院',
		'地址：朝阳区东风路25号3号楼2单元401',
		'她独居在南锣鼓巷胡同8号',
		'住在3号楼2单元502室，没有电梯',
		'地址是幸福大街甲 7 号',
		'家在东四六条胡同二十号',
		'住 12栋1203室',
		'门牌号为中山路１８号',
	]),
	...nearMiss('address', [
		'依据民发〔2015〕12号文件',
		'京政办发〔2024〕3号',
		'东风地区石佛营东里社区',
		'东四街道3号文件要求',
		'第2号简报',
		'活动在社区3楼活动室举行',
		'《老年人权益保障法》第18条',
		'国务院令第 649 号',
		'在东四街道开展了 12 次活动',
	]),
	...positive('name', [
		'王秀英老人独居多年。',
		'社工第一次探访李桂兰奶奶时，她不愿开门。',
		'社区的张建国老人主动报名。',
		'王奶奶说孩子在外地。',
		'刘淑珍老人今年86岁',
		'陪同赵大爷去医院复诊',
		'失独的赵德明老人说',
		'我们帮陈阿姨申请了补贴',
		'杨桂芳婆婆每周来活动室',
		'周伯伯的老伴去年去世',
	]),
	...nearMiss('name', [
		'高龄老人和失独老人是重点人群。',
		'如何回应老人的多元需求',
		'准备三张虚构老人的角色卡',
		'哪些地方适合老人，哪些地方要调整',
		'先向老人说明来意',
		'郝奶奶（化名）学会了用智能手机，郝奶奶说很开心。',
		'王秀英（化名）老人独居。',
		'张某老人不愿透露姓名',
		'方便老人出行',
		'空巢老人、孤寡老人和失能老人',
		'社区里的其他老人也来了',
		'耐心地向何阿姨（化名）说明',
		'保洁阿姨和楼长一起打扫',
		'认知障碍老人的家属',
	]),
];
