/**
 * Runs the content checks when Astro starts, so that a bad file stops the build with one list of
 * problems naming file, field and what is allowed — instead of a stack trace from deep inside a
 * page. In `astro dev` the same problems are logged, and re-checked when a file changes, without
 * stopping the server an editor is previewing with.
 *
 * The check runs on a worker thread while the main thread syncs the content (check-aside.ts): at
 * 5,000 entries it is about 7 s of CPU that no longer delays the build. A build waits for its
 * verdict before it renders any page; a loader that meets a file the check refuses waits for it
 * too (check-verdict.ts), so a bad file still ends the build with exactly the check's report.
 */
import { fileURLToPath } from 'node:url';
import { relative, resolve } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatProblems, type ContentProblem } from '../content/check';
import { checkContentAside } from '../content/check-aside';
import { contentCheckVerdict, setContentCheckVerdict } from '../content/check-verdict';
import { recheckInBackground } from './recheck-in-background';
import { contentRoot } from '../content/paths';

/** The check's worker, from the project root: Astro bundles this file, so its own URL says nothing. */
const WORKER = 'src/lib/content/check-worker.ts';

export function contentCheck(): AstroIntegration {
	return {
		name: 'gongjian:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const projectRoot = fileURLToPath(config.root);
				const root = resolve(projectRoot, contentRoot);
				const problems = checkContentAside(root, resolve(projectRoot, 'public'), resolve(projectRoot, WORKER));
				setContentCheckVerdict(problems.then((found) => reportProblems(found, relative(projectRoot, root), command, logger)));
			},
			// Before the first page is rendered: nothing the check refuses is published.
			'astro:build:start': () => contentCheckVerdict(),
			'astro:server:setup': ({ server, logger }) => {
				const root = resolve(server.config.root, contentRoot);
				const recheck = recheckInBackground(server.config.root, root, (report) => logger.warn(report));
				server.watcher.on('change', (changed) => {
					if (changed.startsWith(root)) recheck();
				});
			},
		},
	};
}

function reportProblems(problems: ContentProblem[], root: string, command: string, logger: AstroIntegrationLogger): void {
	if (!problems.length) return;
	const report = formatProblems(problems, root);
	// GONGJIAN_CONTENT_CHECK=warn is for the security tests only: they build content the check
	// refuses, to prove the sanitiser and the CSP hold on their own.
	if (command !== 'build' || process.env.GONGJIAN_CONTENT_CHECK === 'warn') return logger.warn(report);
	// The list is the whole message: exit instead of throwing, so no stack trace buries it.
	logger.error(`${report}\n构建已停止：请修改以上文件后重新构建（build stopped: fix the files above）。`);
	process.exit(1);
}
