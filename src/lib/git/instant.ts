/**
 * Commit dates keep the author's own UTC offset (`2024-03-01T21:00:00+08:00`); ordering is by the
 * instant, and the site shows the calendar date in its readers' time zone.
 */

/** The time zone the site's readers live in; every date shown is in it. */
export const SITE_TIME_ZONE = 'Asia/Shanghai';

export const instantOf = (iso: string): number => Date.parse(iso);

const calendar = new Intl.DateTimeFormat('en-CA', { timeZone: SITE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** `YYYY-MM-DD` of an ISO date-time as a reader in the site's time zone sees it. */
export function siteDate(iso: string): string {
	const time = instantOf(iso);
	return Number.isNaN(time) ? iso.slice(0, 10) : calendar.format(time);
}

/** Newest first by the instant; equal instants keep the later of the given order first. */
export function newestFirst<T>(items: readonly T[], dateOf: (item: T) => string): T[] {
	return items
		.map((item, index) => ({ item, index, time: instantOf(dateOf(item)) }))
		.sort((a, b) => b.time - a.time || b.index - a.index)
		.map(({ item }) => item);
}
