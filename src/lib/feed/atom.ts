/** A minimal, valid Atom 1.0 document. */

export interface FeedEntry {
	id: string;
	title: string;
	updated: string;
	/** One name, or each credited organisation in credit order (one <author> each). */
	author: string | string[];
	link: string;
	summary: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const authors = (names: string | string[]) => [names].flat().map((name) => `    <author><name>${escape(name)}</name></author>`).join('\n');

export function atomFeed({ title, id, self, entries }: { title: string; id: string; self: string; entries: FeedEntry[] }): string {
	const updated = entries[0]?.updated ?? new Date(0).toISOString();
	const items = entries
		.map(
			(entry) => `  <entry>
    <id>${escape(entry.id)}</id>
    <title>${escape(entry.title)}</title>
    <updated>${escape(entry.updated)}</updated>
${authors(entry.author)}
    <link href="${escape(entry.link)}"/>
    <summary>${escape(entry.summary)}</summary>
  </entry>`,
		)
		.join('\n');
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${escape(title)}</title>
  <id>${escape(id)}</id>
  <link rel="self" href="${escape(self)}"/>
  <updated>${escape(updated)}</updated>
${items}
</feed>
`;
}
