/** The folders the local media library lists, from the generated CMS config. */
import { describe, expect, it } from 'vitest';
import { configuredMediaFolders, mediaFolders } from '../../src/lib/cms/media-folders';
import { buildCmsConfig } from '../../cms/config/build-config';
import { readBackendSettings } from '../../cms/config/backend-config';

describe('media folders', () => {
	it('are the media folder and every folder a field of the generated config uploads to', () => {
		const config = buildCmsConfig({ backend: readBackendSettings({}), editions: ['2024', '2025'], siteUrl: 'http://127.0.0.1:4321/' });
		const uploads = configuredMediaFolders(config as never);
		expect(uploads).toContain('public/files/tools');
		expect(mediaFolders(config.media_folder as string, uploads)).toEqual(['public/files', ...uploads.filter((f) => f.startsWith('public/files/')).sort()]);
	});

	it('finds upload folders in nested fields and file collections, each once', () => {
		const config = {
			collections: [
				{ fields: [{ media_folder: '/public/files/tools/' }, { fields: [{ field: { media_folder: 'public/files/cases' } }] }] },
				{ files: [{ fields: [{ media_folder: '/public/files/tools' }] }] },
			],
		};
		expect(configuredMediaFolders(config)).toEqual(['public/files/tools', 'public/files/cases']);
	});

	it('lists only folders inside the one asked for, the asked one first when sorted', () => {
		expect(mediaFolders('/public/files/tools', ['public/files/tools', 'public/files/cases', 'public/files/tools/old'])).toEqual(['public/files/tools', 'public/files/tools/old']);
		expect(mediaFolders('public/files', [])).toEqual(['public/files']);
	});
});
