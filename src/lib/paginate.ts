/** Splits a list into pages of a fixed size; page numbers start at 1. */
export const PAGE_SIZE = 24;

export function pageCount(total: number, size = PAGE_SIZE): number {
	return Math.max(1, Math.ceil(total / size));
}

export function pageOf<T>(items: T[], page: number, size = PAGE_SIZE): T[] {
	return items.slice((page - 1) * size, page * size);
}
