/**
 * Service users' names. Cases are pseudonymised: a person is named with （化名）, as in
 * 郝奶奶（化名）, and may then be called 郝奶奶 again further on. A surname with a given name or
 * a form of address — 王秀英老人, 王奶奶, 李大爷 — that the entry never marks （化名） looks like a
 * real name. Groups of people (高龄老人, 失独老人, 空巢老人) and phrases that only end in such a
 * word (方便老人, 向老人) are not names: a given name must precede 老人, and neither a given
 * name's characters nor the surname may be a describing word.
 */
import type { Match } from './types';

/** The most common surnames, about 85 % of the population; rarer ones are not guessed at. */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪辛柯庄葛';
/** Forms of address that may follow a surname alone (王奶奶) or a full name. */
const ADDRESS_TERMS = ['老奶奶', '老爷爷', '奶奶', '爷爷', '阿姨', '大爷', '大妈', '婆婆', '伯伯', '阿婆', '阿公', '老太太', '老太', '老伯'];
/** Characters that make the word before 老人 a description or a verb, never a given name. */
const NOT_IN_GIVEN_NAMES = '某氏龄寿岁位名些个的了和与及等各每其这那该此多少老小残病困贫独居寡孤失空巢能智障碍弱年者们群类种户家区村镇街便助帮爱护照顾服务陪伴关心访问看望评估联系接送让给对向被把从为在是有无个像如若并或及即却都也还就才又再更最很太都说到去来入出上下中内外前后里间边旁周围些均全部分半满留守';
const PSEUDONYM_MARK = /^\s*[（(]\s*(?:化名|假名|均为化名)\s*[）)]/;

const TITLES = [...ADDRESS_TERMS, '老人'];
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const TITLE_PATTERN = new RegExp(TITLES.join('|'), 'g');
/** Characters segmented before each title: surname, given name and a word of context. */
const WINDOW = 8;
const isHan = (text: string) => /^\p{Script=Han}+$/u.test(text);

/**
 * Candidate names, read word by word with the ICU word segmenter (the same data browsers use),
 * which keeps describing words whole (高龄, 如何, 三张): a surname must be a word of its own,
 * followed by at most two characters of given name and then a form of address, so 高龄老人 and
 * 如何回应老人 never look like 高… or 何… . Unknown names come out as single characters
 * (王/秀/英/老人), which is what makes them candidates.
 */
function* candidates(text: string): Generator<{ start: number; end: number; name: string; title: string }> {
	// Segmenting whole texts costs seconds on a 2,000-entry corpus; a window before each title is enough.
	const seen = new Set<number>();
	for (const at of text.matchAll(TITLE_PATTERN)) {
		const before = text.slice(Math.max(0, at.index! - 3), at.index!);
		if (![...before].some((c) => SURNAMES.includes(c))) continue;
		const from = Math.max(0, at.index! - WINDOW);
		const words = [...segmenter.segment(text.slice(from, at.index! + at[0].length))];
		for (let i = 0; i < words.length; i++) {
			const surname = words[i];
			if (surname.segment.length !== 1 || !SURNAMES.includes(surname.segment)) continue;
			let given = '';
			for (let j = i + 1; j < words.length && j <= i + 3; j++) {
				const word = words[j].segment;
				const title = TITLES.find((t) => word.startsWith(t));
				if (title && (title !== '老人' || given.length > 0)) {
					const start = from + surname.index;
					if (!seen.has(start)) yield { start, end: from + words[j].index + title.length, name: surname.segment + given, title };
					seen.add(start);
					break;
				}
				if (!isHan(word) || given.length + word.length > 2 || [...word].some((c) => NOT_IN_GIVEN_NAMES.includes(c))) break;
				given += word;
			}
		}
	}
}

/** Names the entry marks （化名） anywhere, so later mentions of the same person are fine. */
export function collectPseudonyms(texts: string[]): Set<string> {
	const names = new Set<string>();
	for (const text of texts) {
		for (const mark of text.matchAll(/[（(]\s*(?:化名|假名)\s*[）)]/g)) {
			const m = /(\p{Script=Han}{1,4})\s*$/u.exec(text.slice(Math.max(0, mark.index! - 6), mark.index!));
			if (!m) continue;
			// 郝奶奶（化名） makes 郝奶奶, and the name part 郝, known.
			const name = m[1];
			for (let i = 0; i < name.length; i++) names.add(name.slice(i));
			for (const term of ADDRESS_TERMS) if (name.endsWith(term)) names.add(name.slice(0, -term.length));
		}
	}
	return names;
}

export function findUnmarkedNames(text: string, pseudonyms: Set<string> = new Set()): Match[] {
	const found: Match[] = [];
	for (const { start, end, name, title } of candidates(text)) {
		if (PSEUDONYM_MARK.test(text.slice(end)) || PSEUDONYM_MARK.test(text.slice(start + name.length))) continue;
		// 向何阿姨 may be 向 + 何阿姨（化名）: any shorter name ending at the title counts too.
		const shorter = [...name].map((_, i) => name.slice(i));
		if (shorter.some((n) => pseudonyms.has(n + title) || (n.length > 1 && pseudonyms.has(n)))) continue;
		found.push({ start, end, text: text.slice(start, end) });
	}
	return found;
}
