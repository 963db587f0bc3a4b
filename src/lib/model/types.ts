/**
 * Plain shapes of loaded entries. Pages get them from astro:content; unit tests build them by hand.
 */
import type { Brief } from '../../schemas/briefs';
import type { Case } from '../../schemas/cases';
import type { Module, Session } from '../../schemas/curriculum';
import type { NetworkEvent } from '../../schemas/events';
import type { GuideEdition, GuideSection } from '../../schemas/guide';
import type { Organisation } from '../../schemas/organisations';
import type { Tool } from '../../schemas/tools';
import type { Term } from '../../schemas/glossary';
import type { Page } from '../../schemas/pages';
import type { AuthorResolver } from '../attribution/identities';

export interface Entry<T> {
	id: string;
	data: T;
	/** Path of the source file relative to the project root, as Astro reports it. */
	filePath?: string;
	/** The Markdown body, for Markdown collections. */
	body?: string;
	/** The body rendered to HTML when the content was loaded. */
	rendered?: { html: string };
}

export type Credit = { org: string; role: string };

export interface GuideEditionView extends GuideEdition {
	current: boolean;
	sections: Entry<GuideSection>[];
}

export interface SiteModel {
	organisations: Entry<Organisation>[];
	/** The name readers know an organisation by (its short name when it has one), by id. */
	orgNames: Map<string, string>;
	/** The organisation a commit author edits for, from the organisations' editor identities. */
	organisationOfAuthor: AuthorResolver;
	editions: GuideEditionView[];
	currentEdition: GuideEditionView;
	/** In title (pinyin) order. */
	cases: Entry<Case>[];
	briefs: Entry<Brief>[];
	modules: Entry<Module>[];
	sessions: Entry<Session>[];
	tools: Entry<Tool>[];
	events: Entry<NetworkEvent>[];
	glossary: { credits: Credit[]; terms: Term[]; filePath?: string };
	/** The file listing the guide editions. */
	editionsFilePath?: string;
	pages: Entry<Partial<Page> & { title: string }>[];
}
