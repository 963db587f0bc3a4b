/**
 * `npm run dev`: Astro's dev server for instant previews while writing (no search index: that is
 * built by `npm start`), with decap-server beside it so /admin works here too.
 *
 *   npm run dev                    site on http://127.0.0.1:4321, editing service on :8081
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { startDecapServer } from '../tools/lib/cms/local/decap-server';
import { gitEmail } from '../tools/lib/cms/local/git-identity';
import { DEFAULT_PROXY_PORT } from '../cms/config/backend-config';

const projectRoot = resolve(import.meta.dirname, '..');
const cms = await startDecapServer({ repoDir: projectRoot, port: Number(process.env.CMS_PORT || DEFAULT_PROXY_PORT) });
const astro = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', process.env.PORT || '4321'], {
	cwd: projectRoot,
	stdio: 'inherit',
	env: { ...process.env, GONGJIAN_CMS_EDITOR: gitEmail(projectRoot) ?? '', ASTRO_TELEMETRY_DISABLED: '1' },
});
console.log(`编辑服务 ${cms.url}（/admin 通过它读写 content/）`);

const stop = () => {
	astro.kill();
	void cms.stop().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
astro.once('exit', (code) => void cms.stop().then(() => process.exit(code ?? 0)));
