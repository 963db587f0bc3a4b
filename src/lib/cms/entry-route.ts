/**
 * Which entry the admin's address names, and whether the form holds that entry. Decap keeps the
 * previous entry's form when the address bar opens another entry (decap-cms#4147): the header
 * then shows the new entry while a save writes the old one, rewritten with the new one's fields.
 */

/** `#/collections/cases/entries/elder-painting` or `#/collections/cases/new`. */
export interface EntryRoute {
	collection: string;
	/** Absent for a new entry. */
	slug?: string;
}

/** What Decap's form holds: its entry draft's collection, slug and whether it is new. */
export interface FormEntry {
	collection?: string;
	slug?: string;
	newRecord?: boolean;
}

export function entryRouteOf(hash: string): EntryRoute | undefined {
	const path = hash.replace(/^#/, '').split('?')[0];
	const match = /^\/collections\/([^/]+)\/(?:new\/?|entries\/(.+?))$/.exec(path);
	if (!match) return undefined;
	const decode = (part: string) => {
		try {
			return decodeURIComponent(part);
		} catch {
			return part;
		}
	};
	return match[2] === undefined ? { collection: decode(match[1]) } : { collection: decode(match[1]), slug: decode(match[2]) };
}

/** False only when the form holds an entry and it is not the one the address names. */
export function formMatchesRoute(form: FormEntry, route: EntryRoute): boolean {
	if (!form.collection) return true; // nothing loaded yet
	if (form.collection !== route.collection) return false;
	if (route.slug === undefined) return Boolean(form.newRecord);
	return !form.newRecord && form.slug === route.slug;
}

export function describeFormEntry(form: FormEntry): string {
	return form.newRecord ? `${form.collection} 中的新条目` : `${form.collection}/${form.slug}`;
}

export function describeRoute(route: EntryRoute): string {
	return route.slug === undefined ? `${route.collection} 中的新条目` : `${route.collection}/${route.slug}`;
}
