/** Chinese renderings of dates and periods. */

/** `2013` → 2013年, `2013-07` → 2013年7月, `2024-10-15` → 2024年10月15日. */
export function formatPartialDate(value: string): string {
	const [year, month, day] = value.split('-');
	return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

export function formatPeriod(period: { start: string; end?: string }): string {
	const start = formatPartialDate(period.start);
	return period.end ? `${start} – ${formatPartialDate(period.end)}` : `${start}起`;
}
