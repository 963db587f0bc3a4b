/** Topic feeds (Atom): per organisation, guide chapter, case population and brief status. */
import type { APIContext } from 'astro';
import { topicFeedDocument } from '../../lib/feed/topic-feed-document';
import { topicFeeds, type TopicFeed } from '../../lib/feed/topic-feeds';
import { getContentHistory } from '../../lib/git/content-history';
import { loadSite } from '../../lib/model/load';

const builtAt = new Date();

export async function getStaticPaths() {
	return topicFeeds(await loadSite()).map((feed) => ({ params: { feed: feed.url.replace(/^\/feeds\/|\.xml$/g, '') }, props: { feed } }));
}

export async function GET({ props, site: siteUrl }: APIContext<{ feed: TopicFeed }>) {
	const xml = topicFeedDocument(props.feed, await loadSite(), await getContentHistory(), siteUrl ?? new URL('http://127.0.0.1:4321/'), builtAt);
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
