import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Fixture builds and Chromium are heavy on a 2-core machine: one test file at a time.
		fileParallelism: false,
		testTimeout: 30_000,
		hookTimeout: 240_000,
		server: {
			deps: {
				// decap-cms-core ships extensionless ESM imports that only a bundler resolves.
				inline: ['decap-cms-core'],
			},
		},
	},
});
