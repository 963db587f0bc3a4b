/**
 * Runs the content checks before Astro reads any content, so that a bad file stops the build with
 * one list of problems naming file, field and what is allowed — instead of a stack trace from deep
 * inside a page. In `astro dev` the same problems are logged, and re-checked when a file changes,
 * without stopping the server an editor is previewing with.
 */
import { fileURLToPath } from 'node:url';
import { relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../content/check';
import { recheckInBackground } from './recheck-in-background';
import { contentRoot } from '../content/paths';

export function contentCheck(): AstroIntegration {
	return {
		name: 'gongjian:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const projectRoot = fileURLToPath(config.root);
				const root = resolve(projectRoot, contentRoot);
				const { problems } = checkContent(root, resolve(projectRoot, 'public'));
				if (!problems.length) return;
				const report = formatProblems(problems, relative(projectRoot, root));
				// GONGJIAN_CONTENT_CHECK=warn is for the security tests only: they build content the check
				// refuses, to prove the sanitiser and the CSP hold on their own.
				if (command !== 'build' || process.env.GONGJIAN_CONTENT_CHECK === 'warn') return logger.warn(report);
				// The list is the whole message: exit instead of throwing, so no stack trace buries it.
				logger.error(`${report}\n构建已停止：请修改以上文件后重新构建（build stopped: fix the files above）。`);
				process.exit(1);
			},
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
