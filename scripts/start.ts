/**
 * `npm start`: what a newcomer runs after `npm install`. Builds the site from content/, serves it
 * on 127.0.0.1, and starts decap-server so that /admin edits content/ directly; every change to
 * content/ rebuilds the site. Saves are files in content/; `npm run commit:content` turns them
 * into a commit credited to the editor's organisation. The guide's PDFs are printed after the first
 * build and again after a change to the guide (about a minute and a half for both editions); until
 * then the PDF link of a changed edition finds nothing.
 *
 *   npm start                      site on http://127.0.0.1:4321, editing service on :8081
 *   PORT=5000 CMS_PORT=5001 npm start
 */
import { join, resolve } from 'node:path';
import { startLocalStack } from '../tools/lib/cms/local/local-stack';
import { gitEmail } from '../tools/lib/cms/local/git-identity';
import { editorOrganisation } from '../tools/lib/cms/local/editor-organisation';
import { writeToolFiles } from '../tools/lib/tool-files/write-tool-files';
import { formatProblems } from '../src/lib/content/check';
import { DEFAULT_PROXY_PORT } from '../cms/config/backend-config';

const projectRoot = resolve(import.meta.dirname, '..');
const contentDir = join(projectRoot, 'content');

function describeEditor(email: string | undefined): string {
	if (!email) return '没有找到 git 邮箱（git config user.email）：在 /admin 新建的条目不会自动署名你的机构。';
	const org = editorOrganisation(contentDir, email);
	if (org) return `你的 git 邮箱 ${email} 登记在“${org.name}”名下：新建的条目会自动署名该机构，提交的修改也记在该机构。`;
	return `你的 git 邮箱 ${email} 不在任何机构的编辑名单中。请把它加入 content/organisations/<你的机构>.yaml 的 editors（编辑身份），修改才会记在你的机构名下。`;
}

const editor = gitEmail(projectRoot);
console.log('正在构建网站并启动本地编辑服务，第一次需要半分钟左右……');
console.log(describeEditor(editor));

const stack = await startLocalStack({
	projectRoot,
	repoDir: projectRoot,
	contentDir,
	buildsDir: join(projectRoot, 'node_modules/.cache/gongjian-local/start'),
	sitePort: Number(process.env.PORT || 4321),
	cmsPort: Number(process.env.CMS_PORT || DEFAULT_PROXY_PORT),
	editor,
	watch: true,
	// A form changed in /admin makes its Word file before the site is built (see npm run tool-files).
	beforeBuild: async () => {
		const { files, problems } = await writeToolFiles({ contentDir, publicDir: join(projectRoot, 'public') });
		for (const file of files.filter((made) => made.written)) console.log(`模板文件已更新：public${file.sitePath}（请和条目一起提交）`);
		if (problems.length > 0) console.error(formatProblems(problems, 'content'));
	},
	onBuild: (result) => {
		if (result.ok) console.log(`[${new Date().toLocaleTimeString('zh-CN')}] 网站已更新。`);
		else console.error(`网站没有更新，仍显示上一版。构建输出（最后 40 行）：\n${result.output.split('\n').slice(-40).join('\n')}`);
	},
	guidePdf: true,
	onGuidePdf: (outcome) => {
		if (!outcome.ok) console.error(`指引 PDF 没有生成：${outcome.error.message}`);
		else if (outcome.update.printed.length > 0) console.log(`[${new Date().toLocaleTimeString('zh-CN')}] 指引 PDF 已重新生成（${outcome.update.printed.join('、')}，用时 ${(outcome.update.ms / 1000).toFixed(0)} 秒）。`);
	},
}).catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});

console.log(`
  网站        ${stack.siteUrl}/
  内容管理    ${stack.adminUrl}   （保存的内容直接写入 content/）
  编辑服务    ${stack.cmsUrl}

修改 content/ 后网站会自动重新构建。指引的 PDF 在网站启动后生成，指引修改后重新生成，每次约需一两分钟。
把修改提交到 git：npm run commit:content
按 Ctrl+C 停止。`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		void stack.stop().then(() => process.exit(0));
	});
}
