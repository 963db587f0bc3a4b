/**
 * A topic feed as an Atom document: one entry per page it follows, identified by the page's URL,
 * updated at the file's last commit, newest first. A file with no commit yet (an edit not
 * committed, or a build without git) is dated at the build, so a reader is told about it rather
 * than never.
 */
import { contentPathOf } from '../content/paths';
import type { ContentHistory } from '../git/history';
import type { SiteModel } from '../model/types';
import { atomFeed, type FeedEntry } from './atom';
import type { TopicFeed } from './topic-feeds';

const MAX_ENTRIES = 50;

const rfc3339 = (date: string) => new Date(date).toISOString();

export function topicFeedDocument(feed: TopicFeed, site: SiteModel, history: ContentHistory, base: URL, builtAt: Date): string {
	const entries: FeedEntry[] = feed.entries.map((page) => {
		const file = page.entry.filePath && history.status !== 'unavailable' ? history.files.get(contentPathOf(page.entry.filePath)) : undefined;
		const data = page.entry.data as { summary?: unknown; description?: unknown };
		const said = [data.summary, data.description].find((text): text is string => typeof text === 'string' && text.length > 0);
		const lastChange = file?.lastCommit ? `最近一次修改：${file.lastCommit.subject}` : '';
		const orgs = page.credits.map((credit) => site.orgNames.get(credit.org) ?? credit.org);
		return {
			id: new URL(page.url, base).href,
			title: `${page.kind}：${page.title}`,
			updated: file?.updated ? rfc3339(file.updated) : builtAt.toISOString(),
			author: orgs.length ? [...new Set(orgs)] : '共建',
			link: new URL(page.url, base).href,
			summary: [said, lastChange].filter(Boolean).join('。'),
		};
	});
	entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
	return atomFeed({ title: `共建 · ${feed.title}`, id: new URL(feed.url, base).href, self: new URL(feed.url, base).href, entries: entries.slice(0, MAX_ENTRIES) });
}
