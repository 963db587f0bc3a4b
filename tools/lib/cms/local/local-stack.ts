/**
 * The whole local editing setup, as `npm start` runs it and the browser tests run it on a
 * throwaway copy: decap-server over the working copy, the site built from its content folder and
 * served on 127.0.0.1, and a rebuild whenever the content changes or a commit is made, so a save in
 * /admin shows on the site a few seconds later, and a commit's credit right after it.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import { startDecapServer, type DecapServer } from './decap-server';
import { freePort } from './free-port';
import { serveSite } from '../../serve/static-site';
import { siteBuilder, type BuildResult } from './site-builder';
import { watchContent } from './content-watcher';
import { watchCommits } from './commit-watcher';
import { guidePdfKeeper, type GuidePdfUpdate } from './guide-pdfs';

export interface LocalStackOptions {
	projectRoot: string;
	/** The working copy decap-server edits; the CMS's paths (content/…) are relative to it. */
	repoDir: string;
	/** The content folder the site is built from (normally <repoDir>/content). */
	contentDir: string;
	/** Where builds go; must be inside projectRoot (see site-builder.ts). */
	buildsDir: string;
	sitePort?: number;
	cmsPort?: number;
	/** The editor's git email, so the CMS can fill in their organisation. */
	editor?: string;
	/** Rebuild when the content changes, and after a commit (the site shows what is not committed yet). */
	watch?: boolean;
	onBuild?: (result: BuildResult) => void;
	/** Runs before each build, e.g. to remake files the build copies from public/. */
	beforeBuild?: () => Promise<void>;
	/**
	 * Give every build the guide's PDFs, as `npm run build` does (see guide-pdfs.ts). They come
	 * after the site is served: a reprint takes far longer than a rebuild.
	 */
	guidePdf?: boolean;
	/** After a build got its PDFs, or failed to. */
	onGuidePdf?: (outcome: { ok: true; update: GuidePdfUpdate } | { ok: false; error: Error }) => void;
	log?: (line: string) => void;
}

export interface LocalStack {
	siteUrl: string;
	adminUrl: string;
	cmsUrl: string;
	/** Builds now (after any build already running), e.g. when not watching. */
	rebuild(): Promise<BuildResult>;
	/** Resolves once the site being served has its PDFs (at once without `guidePdf`). */
	guidePdfsSettled(): Promise<void>;
	stop(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
	const cmsPort = await freePort(options.cmsPort);
	const sitePort = await freePort(options.sitePort);
	const siteUrl = `http://127.0.0.1:${sitePort}`;
	const builder = siteBuilder({
		projectRoot: options.projectRoot,
		buildsDir: options.buildsDir,
		env: {
			GONGJIAN_CONTENT: options.contentDir,
			GONGJIAN_SITE: siteUrl,
			GONGJIAN_CMS_BACKEND: 'local',
			GONGJIAN_CMS_PROXY_PORT: String(cmsPort),
			GONGJIAN_CMS_EDITOR: options.editor ?? '',
		},
	});

	let decap: DecapServer | undefined;
	let server: Server | undefined;
	let unwatch = () => {};
	// One build at a time; changes made during a build get one more build after it.
	let running: Promise<BuildResult> | undefined;
	let again = false;
	let stopped = false;

	const buildOnce = async () => {
		// Whatever the step before the build runs into, the site is still built and the queue moves on.
		await options.beforeBuild?.().catch((error: Error) => console.error(error.message));
		return builder.build();
	};

	const keeper = options.guidePdf ? guidePdfKeeper({ keepDir: join(options.buildsDir, 'pdf') }) : undefined;
	// One print at a time, always for the newest build: builds that were replaced meanwhile are skipped.
	let pdfsFor: string | undefined;
	let printing: Promise<void> | undefined;
	const givePdfs = (outDir: string | undefined) => {
		if (!keeper || !outDir) return;
		pdfsFor = outDir;
		printing ??= (async () => {
			while (pdfsFor && !stopped) {
				const siteDir = pdfsFor;
				pdfsFor = undefined;
				try {
					options.onGuidePdf?.({ ok: true, update: await keeper.update(siteDir) });
				} catch (error) {
					// A build replaced during its print may be removed under it; only the served one matters.
					if (!stopped && builder.current() === siteDir) options.onGuidePdf?.({ ok: false, error: error as Error });
				}
			}
			printing = undefined;
		})();
	};

	const stop = async () => {
		stopped = true;
		unwatch();
		await keeper?.stop();
		await printing;
		// A build still writing its output must finish before anyone removes the folders.
		await running;
		await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
		await decap?.stop();
	};

	try {
		const [first, started] = await Promise.all([buildOnce(), startDecapServer({ repoDir: options.repoDir, port: cmsPort, log: options.log })]);
		decap = started;
		options.onBuild?.(first);
		if (!first.ok) throw new Error(`网站构建失败（site build failed）：\n${first.output}`);
		// A rebuild replaces everything: the browser must never keep an old page.
		server = (await serveSite({ root: () => builder.current()!, port: sitePort, cache: 'no-store' })).server;
		givePdfs(first.outDir);
	} catch (error) {
		await stop();
		throw error;
	}

	const rebuild = (): Promise<BuildResult> => {
		if (running) {
			again = true;
			return running.then(() => running ?? rebuild());
		}
		running = buildOnce().then((result) => {
			options.onBuild?.(result);
			if (result.ok) givePdfs(result.outDir);
			running = undefined;
			if (again && !stopped) {
				again = false;
				void rebuild();
			}
			return result;
		});
		return running;
	};
	if (options.watch) {
		const unwatchContent = watchContent(options.contentDir, () => void rebuild());
		const unwatchCommits = watchCommits(options.repoDir, () => void rebuild());
		unwatch = () => {
			unwatchContent();
			unwatchCommits();
		};
	}

	const guidePdfsSettled = async () => {
		while (printing) await printing;
	};
	return { siteUrl, adminUrl: `${siteUrl}/admin/`, cmsUrl: decap!.url, rebuild, guidePdfsSettled, stop };
}
