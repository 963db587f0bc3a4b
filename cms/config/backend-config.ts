/**
 * Where the CMS reads and writes content, chosen at build time by environment variables:
 *
 * - nothing set (a fresh clone): the local decap-server that `npm start` runs on 127.0.0.1, which
 *   writes straight into content/;
 * - GONGJIAN_CMS_BACKEND=github: GitHub, through an OAuth client the network hosts;
 * - GONGJIAN_CMS_BACKEND=gitlab: GitLab.com or a self-hosted GitLab, logging in with PKCE in the
 *   browser, so no server of our own is needed.
 *
 * GitHub and GitLab use the editorial workflow (草稿 → 审阅中 → 可发布): every entry is a branch and a
 * pull/merge request that another organisation can review before it is published.
 */
import type { CmsConfig } from './types';

export type BackendSettings =
	| { kind: 'local'; proxyPort: number }
	| { kind: 'github'; repo: string; branch: string; authUrl: string; authEndpoint: string; apiRoot?: string; proxyPort: number }
	| { kind: 'gitlab'; repo: string; branch: string; appId: string; gitlabUrl: string; apiRoot: string; proxyPort: number };

type Env = Record<string, string | undefined>;

export const DEFAULT_PROXY_PORT = 8081;

/**
 * Local editing: Decap's proxy backend talking to decap-server, registered under this name with a
 * media listing that reads subfolders (cms/admin/local-media-backend.ts).
 */
export const LOCAL_BACKEND = 'gongjian-local';

function required(env: Env, name: string, why: string): string {
	const value = env[name]?.trim();
	if (!value) throw new Error(`CMS 配置缺少 ${name}：${why}（missing ${name}）`);
	return value;
}

export function readBackendSettings(env: Env): BackendSettings {
	const kind = env.GONGJIAN_CMS_BACKEND?.trim() || 'local';
	const proxyPort = Number(env.GONGJIAN_CMS_PROXY_PORT || DEFAULT_PROXY_PORT);
	const branch = env.GONGJIAN_CMS_BRANCH?.trim() || 'main';
	switch (kind) {
		case 'local':
			return { kind, proxyPort };
		case 'github':
			return {
				kind,
				proxyPort,
				branch,
				repo: required(env, 'GONGJIAN_CMS_REPO', '内容仓库，例如 network/gongjian'),
				authUrl: required(env, 'GONGJIAN_CMS_AUTH_URL', 'GitHub 登录所用 OAuth 服务的网址，例如 https://auth.example.org'),
				authEndpoint: env.GONGJIAN_CMS_AUTH_ENDPOINT?.trim() || 'auth',
				apiRoot: env.GONGJIAN_CMS_API_ROOT?.trim() || undefined,
			};
		case 'gitlab': {
			const gitlabUrl = (env.GONGJIAN_CMS_GITLAB_URL?.trim() || 'https://gitlab.com').replace(/\/$/, '');
			return {
				kind,
				proxyPort,
				branch,
				gitlabUrl,
				repo: required(env, 'GONGJIAN_CMS_REPO', '内容仓库，例如 network/gongjian'),
				appId: required(env, 'GONGJIAN_CMS_APP_ID', 'GitLab 中为本站创建的 OAuth 应用的 Application ID'),
				apiRoot: env.GONGJIAN_CMS_API_ROOT?.trim() || `${gitlabUrl}/api/v4`,
			};
		}
		default:
			throw new Error(`GONGJIAN_CMS_BACKEND 只能是 local、github 或 gitlab，而不是“${kind}”`);
	}
}

/** The author is the only person a commit-message template can name. */
const by = '（编辑：{{author-name}} {{author-login}}）';
export const COMMIT_MESSAGES = {
	create: `新建{{collection}} {{slug}}${by}`,
	update: `修改{{collection}} {{slug}}${by}`,
	delete: `删除{{collection}} {{slug}}${by}`,
	uploadMedia: `上传文件 {{path}}${by}`,
	deleteMedia: `删除文件 {{path}}${by}`,
	openAuthoring: '{{message}}',
};

export const localProxyUrl = (port: number) => `http://127.0.0.1:${port}/api/v1`;

export function backendConfig(settings: BackendSettings): Pick<CmsConfig, 'backend' | 'local_backend' | 'publish_mode'> {
	// A production build opened on localhost with decap-server running edits the working copy instead.
	const local_backend = { url: localProxyUrl(settings.proxyPort), allowed_hosts: ['127.0.0.1', 'localhost'] };
	switch (settings.kind) {
		case 'local':
			return { backend: { name: LOCAL_BACKEND, proxy_url: localProxyUrl(settings.proxyPort), branch: 'main', commit_messages: COMMIT_MESSAGES } };
		case 'github':
			return {
				backend: {
					name: 'github',
					repo: settings.repo,
					branch: settings.branch,
					base_url: settings.authUrl,
					auth_endpoint: settings.authEndpoint,
					...(settings.apiRoot && { api_root: settings.apiRoot }),
					commit_messages: COMMIT_MESSAGES,
				},
				local_backend,
				publish_mode: 'editorial_workflow',
			};
		case 'gitlab':
			return {
				backend: {
					name: 'gitlab',
					repo: settings.repo,
					branch: settings.branch,
					auth_type: 'pkce',
					app_id: settings.appId,
					base_url: settings.gitlabUrl,
					auth_endpoint: 'oauth/authorize',
					api_root: settings.apiRoot,
					commit_messages: COMMIT_MESSAGES,
				},
				local_backend,
				publish_mode: 'editorial_workflow',
			};
	}
}
