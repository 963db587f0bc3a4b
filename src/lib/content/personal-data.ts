/**
 * Finds personal data that must never be published about service users: mainland mobile numbers
 * and resident ID numbers. Real names cannot be detected by pattern; cases carry an explicit
 * "服务对象已化名" confirmation instead.
 */

const MOBILE = /(?<![\d-])1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?![\d-])/g;
const RESIDENT_ID = /(?<![\dXx])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dXx])/g;

const mask = (value: string) => {
	const digits = value.replace(/[\s-]/g, '');
	return `${digits.slice(0, 3)}${'*'.repeat(Math.max(0, digits.length - 7))}${digits.slice(-4)}`;
};

/** Chinese messages, one per finding, with the number masked. */
export function findPersonalData(text: string): string[] {
	const findings: string[] = [];
	for (const match of text.matchAll(RESIDENT_ID)) {
		findings.push(`疑似身份证号“${mask(match[0])}”。不能公开服务对象的证件号，请删除`);
	}
	for (const match of text.matchAll(MOBILE)) {
		findings.push(`疑似手机号码“${mask(match[0])}”。不能公开个人联系方式，请删除或改用机构的公开电话`);
	}
	return findings;
}
