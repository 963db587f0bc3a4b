/**
 * Where the content lives, relative to the project root. Fixture sites in tests and the
 * benchmark's scratch copies point GONGJIAN_CONTENT at a folder of their own.
 */
export const contentRoot = (process.env.GONGJIAN_CONTENT ?? './content').replace(/\/$/, '');
