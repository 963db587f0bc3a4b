/**
 * The CSP's parts on their own: which inline scripts count as the site's own (those of the pages
 * built from no content; any other inline script stops the build), the policies for the site and
 * for /admin per backend, and the header files.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminPolicy, serialisePolicy, sitePolicy } from '../../src/lib/security/content-security-policy';
import { headersFile, nginxSnippet } from '../../src/lib/security/header-files';
import { cspHash, inlineScripts } from '../../src/lib/security/inline-scripts';
import { foreignScripts, foreignScriptsError, siteScriptHashes } from '../../src/lib/security/site-script-hashes';

const layout = (extra = '') => `<!doctype html><html><head><meta charset="utf-8"><script>theme()</script><script type="application/json">{"a":1}</script></head><body>${extra}<script type="module">search()</script><script type="module" src="/_astro/x.js"></script></body></html>`;

function builtSite(pages: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'gongjian-csp-'));
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	return dir;
}

describe('the site’s own inline scripts', () => {
	it('are the executable inline scripts of the pages built from no content', () => {
		expect(inlineScripts(layout()).map((s) => s.text)).toEqual(['theme()', 'search()']);
		const dir = builtSite({ '404.html': layout(), 'search/index.html': layout(), 'cases/a/index.html': layout('<p>案例</p>') });
		const hashes = siteScriptHashes(dir);
		expect(hashes).toEqual([cspHash('theme()'), cspHash('search()')].sort());
		expect(foreignScripts('cases/a/index.html', layout('<p>案例</p>'), new Set(hashes))).toEqual([]);
	});

	it('any other inline script stops the build, naming the page, instead of being allowed', () => {
		const own = new Set(siteScriptHashes(builtSite({ '404.html': layout(), 'search/index.html': layout() })));
		const found = [
			...foreignScripts('cases/a/index.html', layout('<div class="sl-markdown-content"><script>alert(1)</script></div>'), own),
			...foreignScripts('cases/b/index.html', Buffer.from(layout('<title>x</title><script>steal()</script>')), own),
		];
		expect(() => {
			throw foreignScriptsError(found);
		}).toThrow(/cases\/a\/index\.html: alert\(1\)\ncases\/b\/index\.html: steal\(\)/);
	});

	it('finds a script however the tag is written, and skips what is only a script’s text or data', () => {
		const scripts = (body: string) => inlineScripts(layout(body)).map((s) => s.text).filter((t) => t !== 'theme()' && t !== 'search()');
		expect(scripts('<SCRIPT>a()</SCRIPT>')).toEqual(['a()']);
		expect(scripts('<script\ttype="text/javascript" data-x="a>b">b()</script >')).toEqual(['b()']);
		expect(scripts('<script type="application/ld+json">{"x":"<script>c()</script>"}</script>')).toEqual([]);
		expect(scripts('<script>var s = "<script>";d()</script>')).toEqual(['var s = "<script>";d()']);
		expect(scripts('<script src="/x.js">ignored()</script><script type="importmap">{}</script>')).toEqual([]);
		expect(scripts('<p>&lt;script&gt;e()&lt;/script&gt;</p><scripty>f()</scripty>')).toEqual([]);
		// Markup inside an attribute value, a comment, a title or a style is text to a browser.
		expect(scripts(`<meta content="<img src=x onerror=&quot;g()&quot;></title><script>g()</script>"><img alt='<script>h()</script>'>`)).toEqual([]);
		expect(scripts('<!-- <script>i()</script> --><title><script>j()</script></title><style>/*<script>k()</script>*/</style><textarea><script>l()</script></textarea>')).toEqual([]);
		expect(scripts('<title>x</title><script>m()</script>')).toEqual(['m()']);
		expect(inlineScripts('<p>x</p><script>unclosed()').map((s) => s.text)).toEqual(['unclosed()']);
	});

	it('hashes the exact UTF-8 bytes of a script, Chinese text included', () => {
		const [script] = inlineScripts(Buffer.from('<script>alert("共建")</script>'));
		expect(script.text).toBe('alert("共建")');
		expect(script.hash).toBe(cspHash(Buffer.from('alert("共建")', 'utf-8')));
		expect(script.hash).toBe(cspHash('alert("共建")'));
	});

	it('hashes as browsers do: SHA-256 of the exact text, base64', () => {
		// echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
		expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
	});
});

describe('policies', () => {
	it('the site forbids inline script but its own, objects and frames, and reaches only itself', () => {
		const policy = serialisePolicy(sitePolicy(['sha256-abc=']));
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='");
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("frame-src 'none'");
		expect(policy).toContain("connect-src 'self';");
		expect(policy).toContain("frame-ancestors 'none'");
		expect(serialisePolicy(sitePolicy([]), { forMeta: true })).not.toContain('frame-ancestors');
	});

	it('/admin reaches only the configured backend', () => {
		const connect = (policy: string) => /connect-src ([^;]+)/.exec(policy)![1];
		expect(connect(serialisePolicy(adminPolicy({ kind: 'local', proxyPort: 8123 })))).toBe("'self' http://127.0.0.1:8123 http://localhost:8123");
		expect(connect(serialisePolicy(adminPolicy({ kind: 'github', repo: 'n/g', branch: 'main', authUrl: 'https://auth.example.org', authEndpoint: 'auth', proxyPort: 8081 })))).toBe("'self' https://api.github.com");
		expect(
			connect(serialisePolicy(adminPolicy({ kind: 'gitlab', repo: 'n/g', branch: 'main', appId: 'x', gitlabUrl: 'https://git.example.cn', apiRoot: 'https://git.example.cn/api/v4', proxyPort: 8081 }))),
		).toBe("'self' https://git.example.cn");
	});

	it('header files never give /admin the site’s policy as well', () => {
		const headers = headersFile(['/', '/cases/*', '/404.html'], 'SITE', 'ADMIN');
		expect(headers).toBe(
			['/', '/cases/*', '/404.html'].map((path) => `${path}\n  Content-Security-Policy: SITE\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin`).join('\n') +
				'\n/admin/*\n  Content-Security-Policy: ADMIN\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n',
		);
		expect(headers).not.toMatch(/^\/\*$/m);
		const nginx = nginxSnippet('SITE', 'ADMIN');
		expect(nginx).toContain('location / {\n\tadd_header Content-Security-Policy "SITE" always;');
		expect(nginx).toContain('location /admin/ {\n\tadd_header Content-Security-Policy "ADMIN" always;');
	});
});
