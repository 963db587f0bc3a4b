/**
 * Everything the admin page hands to the browser, computed at build time: the generated Decap
 * configuration, plus what the CMS needs to read and check content like the build does.
 */
import { buildCmsConfig } from './build-config';
import { readCmsSettings } from './read-settings';
import type { CmsConfig } from './types';

export interface AdminSetup {
	config: CmsConfig;
	/** Edition folders of the guide, oldest first; the CMS edits only the last one. */
	editions: string[];
	/**
	 * Local editing: the git email of whoever ran `npm start`. decap-server knows no user, so this
	 * is what finds the editor's organisation; GitHub and GitLab say who is logged in themselves.
	 */
	localEditor?: string;
	/** Starlight's titles of the asides, as the site prints them (注意, 提示 …). */
	asideTitles: Record<string, string>;
}

type Env = Record<string, string | undefined>;

export function createAdminSetup(env: Env, contentDir: string, siteUrl: string, asideTitles: Record<string, string>): AdminSetup {
	const settings = readCmsSettings(env, contentDir, siteUrl);
	const localEditor = settings.backend.kind === 'local' ? env.GONGJIAN_CMS_EDITOR?.trim() || undefined : undefined;
	return { config: buildCmsConfig(settings), editions: settings.editions, localEditor, asideTitles };
}
