/**
 * `npm run commit:content`: commits what you saved in /admin (content/ and public/files/) as one
 * commit under your git identity, which the site credits to your organisation. Refuses, saying
 * why, when your git email is in no organisation's editors list or the content would not build.
 * Nothing outside content/ and public/files/ is committed.
 */
import { join, resolve } from 'node:path';
import { commitContent } from '../tools/lib/cms/local/commit-content';

const repoDir = resolve(import.meta.dirname, '..');
const result = commitContent({ repoDir, contentDir: join(repoDir, 'content') });

switch (result.status) {
	case 'committed':
		console.log(`已提交 ${result.files.length} 个文件：\n${result.message}`);
		console.log('推送到网络的仓库（git push，或在 GitHub/GitLab 上发起合并请求）后，其他机构就能看到并审阅。');
		break;
	case 'nothing-to-commit':
		console.log('content/ 和 public/files/ 中没有需要提交的修改。');
		break;
	case 'refused':
		console.error(result.reason);
		process.exit(1);
}
