/**
 * The personal-data check on one string: every rule, each finding with its place in the text and
 * a Chinese message saying what was found (masked) and what to do instead.
 */
import type { FieldMeta } from '../../../schemas/fields';
import { findBankCards } from './bank-cards';
import { digitsOnly, mask } from './digits';
import { findEmails } from './emails';
import { findIdNumbers } from './id-numbers';
import { findLandlines, findMobileNumbers } from './phones';
import { findStreetAddresses } from './addresses';
import { collectPseudonyms, findUnmarkedNames } from './names';
import type { Match, PersonalDataFinding, PersonalDataRule } from './types';

export interface PersonalDataContext {
	/** The field's declared privacy (src/schemas): public contact fields may carry an organisation's landline and mailbox. */
	privacy?: FieldMeta['privacy'];
	/** Names the entry marks （化名）; see names.ts. */
	pseudonyms?: Set<string>;
}

/** The mobile without its country code, as people recognise it: 138****5678. */
const maskMobile = (text: string) => mask(digitsOnly(text).replace(/^(?:00)?86(?=1\d{10}$)/, ''));
const maskAddress = (text: string) => text.replace(/[\d０-９一二三四五六七八九十百零〇两]+/g, (n) => '*'.repeat(n.length));
const maskEmail = (text: string) => text.replace(/^(.).*(@.*)$/, '$1***$2');
const maskName = (text: string) => `${text[0]}${'*'.repeat(Math.max(0, text.length - 1))}`;

interface Rule {
	rule: PersonalDataRule;
	find: (text: string, context: PersonalDataContext) => Match[];
	message: (text: string) => string;
	/** A cheap test that the text may hold a match at all: most strings hold none, and a corpus has 50,000 of them. */
	mayMatch: RegExp;
	/** Not applied in fields declared public contact. */
	allowedInPublicContact?: boolean;
}

const DIGIT = /[\d\uFF10-\uFF19]/;

/** In order of precedence: where two rules match the same digits, the first one reports them. */
const RULES: Rule[] = [
	{
		rule: 'id-number',
		find: findIdNumbers,
		mayMatch: DIGIT,
		message: (text) => `疑似身份证号“${mask(text)}”。不能公开任何人的证件号，请删除`,
	},
	{
		rule: 'bank-card',
		find: findBankCards,
		mayMatch: DIGIT,
		message: (text) => `疑似银行卡号“${mask(text)}”。不能公开银行卡号，请删除`,
	},
	{
		rule: 'mobile',
		find: findMobileNumbers,
		mayMatch: DIGIT,
		message: (text) => `疑似手机号码“${maskMobile(text)}”。不能公开个人联系方式，请删除；需要联系方式时写机构的公开电话（填在机构名录的“转介联系方式”）`,
	},
	{
		rule: 'landline',
		find: findLandlines,
		mayMatch: DIGIT,
		allowedInPublicContact: true,
		message: (text) => `疑似固定电话“${mask(text)}”。个人或家庭电话不能公开，请删除；机构的公开电话请填在机构名录的“转介联系方式”`,
	},
	{
		rule: 'email',
		find: findEmails,
		mayMatch: /@/,
		allowedInPublicContact: true,
		message: (text) => `疑似个人电子邮箱“${maskEmail(text)}”。个人邮箱不能公开，请删除；机构的公开邮箱请填在机构名录的“转介联系方式”`,
	},
	{
		rule: 'address',
		find: findStreetAddresses,
		mayMatch: /[号號栋幢]/,
		message: (text) => `疑似门牌地址“${maskAddress(text)}”。不能公开服务对象的住址，请只写到社区，例如“石佛营东里社区”`,
	},
	{
		rule: 'name',
		mayMatch: /[老奶爷阿大婆伯公]/,
		find: (text, context) => findUnmarkedNames(text, new Set([...(context.pseudonyms ?? []), ...collectPseudonyms([text])])),
		message: (text) => `疑似服务对象真名“${maskName(text)}”。请改用化名并在第一次出现时注明（化名），例如“郝奶奶（化名）”`,
	},
];

export function findPersonalData(value: string, context: PersonalDataContext = {}): PersonalDataFinding[] {
	if (context.privacy === 'not-published') return [];
	const findings: PersonalDataFinding[] = [];
	for (const rule of RULES) {
		if ((rule.allowedInPublicContact && context.privacy === 'public-contact') || !rule.mayMatch.test(value)) continue;
		for (const match of rule.find(value, context)) {
			if (findings.some((f) => match.start < f.end && match.end > f.start)) continue;
			findings.push({ ...match, rule: rule.rule, message: rule.message(match.text) });
		}
	}
	return findings.sort((a, b) => a.start - b.start);
}
