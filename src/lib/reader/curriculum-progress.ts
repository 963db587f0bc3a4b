/**
 * A learner's progress through the curriculum, kept on the device only: which sessions they
 * marked 已完成, when, and which version of the session they finished, so a session that changed
 * since is flagged rather than silently counted as done. Exported as a small CSV for a supervisor
 * only if the learner chooses to.
 */
import { readJson, writeJson, type KeyValueStore } from './device-storage';

export const PROGRESS_KEY = 'gj-curriculum-progress';

export interface FinishedSession {
	/** YYYY-MM-DD, the learner's local date. */
	finished: string;
	/** contentVersion() of the session when it was marked. */
	version: string;
}
export type Progress = Record<string, FinishedSession>;
export type SessionStatus = 'todo' | 'done' | 'changed';

export interface SessionRef {
	id: string;
	version: string;
}

export function readProgress(store: KeyValueStore | undefined): Progress {
	const stored = readJson<unknown>(store, PROGRESS_KEY, {});
	if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
	return Object.fromEntries(
		Object.entries(stored as Record<string, Partial<FinishedSession>>).filter(
			([, value]) => typeof value?.finished === 'string' && typeof value.version === 'string',
		),
	) as Progress;
}

export function markFinished(store: KeyValueStore | undefined, session: SessionRef, today: string): Progress {
	const progress = { ...readProgress(store), [session.id]: { finished: today, version: session.version } };
	writeJson(store, PROGRESS_KEY, progress);
	return progress;
}

export function unmark(store: KeyValueStore | undefined, sessionId: string): Progress {
	const { [sessionId]: _removed, ...progress } = readProgress(store);
	writeJson(store, PROGRESS_KEY, progress);
	return progress;
}

export function sessionStatus(progress: Progress, session: SessionRef): SessionStatus {
	const record = progress[session.id];
	if (!record) return 'todo';
	return record.version === session.version ? 'done' : 'changed';
}

/** Finished sessions among these; a changed one counts as finished (and is flagged separately). */
export function countFinished(progress: Progress, sessions: SessionRef[]) {
	const statuses = sessions.map((session) => sessionStatus(progress, session));
	return { finished: statuses.filter((s) => s !== 'todo').length, changed: statuses.filter((s) => s === 'changed').length, total: sessions.length };
}

export interface ExportRow extends SessionRef {
	module: string;
	title: string;
}

/** A CSV that spreadsheet programs in Chinese open correctly (UTF-8 with a byte-order mark). */
export function progressCsv(progress: Progress, rows: ExportRow[]): string {
	const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
	const lines = [['模块', '单元', '状态', '完成日期'].join(',')];
	for (const row of rows) {
		const status = sessionStatus(progress, row);
		const label = { todo: '未完成', done: '已完成', changed: '已完成（完成后内容有修改）' }[status];
		lines.push([row.module, row.title, label, progress[row.id]?.finished ?? ''].map(cell).join(','));
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function localDate(date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
