/**
 * The personal-data check on one string: every rule, each finding with its place in the text and
 * a Chinese message saying what was found (masked) and what to do instead.
 */
import type { FieldMeta } from '../../../schemas/fields';
import { findBankCards } from './bank-cards';
import { mask } from './digits';
import { findEmails } from './emails';
import { findIdNumbers } from './id-numbers';
import { findLandlines, findMobileNumbers } from './phones';
import { findStreetAddresses } from './addresses';
import { findUnmarkedNames } from './names';
import type { Match, PersonalDataFinding, PersonalDataRule } from './types';

export interface PersonalDataContext {
	/** The field's declared privacy (src/schemas): public contact fields may carry an organisation's landline and mailbox. */
	privacy?: FieldMeta['privacy'];
	/** Names the entry marks （化名）; see names.ts. */
	pseudonyms?: Set<string>;
}

const maskAddress = (text: string) => text.replace(/[\d０-９一二三四五六七八九十百零〇两]+/g, (n) => '*'.repeat(n.length));
const maskEmail = (text: string) => text.replace(/^(.).*(@.*)$/, '$1***$2');
const maskName = (text: string) => `${text[0]}${'*'.repeat(Math.max(0, text.length - 1))}`;

interface Rule {
	rule: PersonalDataRule;
	find: (text: string, context: PersonalDataContext) => Match[];
	message: (text: string) => string;
	/** Not applied in fields declared public contact. */
	allowedInPublicContact?: boolean;
}

/** In order of precedence: where two rules match the same digits, the first one reports them. */
const RULES: Rule[] = [
	{
		rule: 'id-number',
		find: findIdNumbers,
		message: (text) => `疑似身份证号“${mask(text)}”。不能公开任何人的证件号，请删除`,
	},
	{
		rule: 'bank-card',
		find: findBankCards,
		message: (text) => `疑似银行卡号“${mask(text)}”。不能公开银行卡号，请删除`,
	},
	{
		rule: 'mobile',
		find: findMobileNumbers,
		message: (text) => `疑似手机号码“${mask(text)}”。不能公开个人联系方式，请删除；需要联系方式时写机构的公开电话（填在机构名录的“转介联系方式”）`,
	},
	{
		rule: 'landline',
		find: findLandlines,
		allowedInPublicContact: true,
		message: (text) => `疑似固定电话“${mask(text)}”。个人或家庭电话不能公开，请删除；机构的公开电话请填在机构名录的“转介联系方式”`,
	},
	{
		rule: 'email',
		find: findEmails,
		allowedInPublicContact: true,
		message: (text) => `疑似个人电子邮箱“${maskEmail(text)}”。个人邮箱不能公开，请删除；机构的公开邮箱请填在机构名录的“转介联系方式”`,
	},
	{
		rule: 'address',
		find: findStreetAddresses,
		message: (text) => `疑似门牌地址“${maskAddress(text)}”。不能公开服务对象的住址，请只写到社区，例如“石佛营东里社区”`,
	},
	{
		rule: 'name',
		find: (text, context) => findUnmarkedNames(text, context.pseudonyms),
		message: (text) => `疑似服务对象真名“${maskName(text)}”。请改用化名并在第一次出现时注明（化名），例如“郝奶奶（化名）”`,
	},
];

export function findPersonalData(value: string, context: PersonalDataContext = {}): PersonalDataFinding[] {
	if (context.privacy === 'not-published') return [];
	const findings: PersonalDataFinding[] = [];
	for (const rule of RULES) {
		if (rule.allowedInPublicContact && context.privacy === 'public-contact') continue;
		for (const match of rule.find(value, context)) {
			if (findings.some((f) => match.start < f.end && match.end > f.start)) continue;
			findings.push({ ...match, rule: rule.rule, message: rule.message(match.text) });
		}
	}
	return findings.sort((a, b) => a.start - b.start);
}
