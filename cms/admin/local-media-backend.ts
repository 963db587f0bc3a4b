/**
 * decap-server lists only the files directly in the media folder (its `getMedia` reads one level),
 * so the media library showed 未找到资源 although public/files/tools/ holds the templates: every
 * field uploads into public/files/<collection>/. This backend is Decap's proxy backend whose
 * media listing also reads the folders the fields upload to. It is registered under its own name
 * because Decap refuses to replace a registered backend.
 */
import type { CMS } from 'decap-cms-core';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import { LOCAL_BACKEND } from '../config/backend-config';
import type { CmsConfig } from '../config/types';
import { configuredMediaFolders, mediaFolders } from '../../src/lib/cms/media-folders';

interface ProxyImplementation {
	mediaFolder: string;
	getMedia(folder?: string): Promise<unknown[]>;
}

const Proxy = ProxyBackend as unknown as new (...args: unknown[]) => ProxyImplementation;

export function registerLocalMediaBackend(cms: CMS, config: CmsConfig) {
	const uploadFolders = configuredMediaFolders(config as never);

	class LocalMediaBackend extends Proxy {
		async getMedia(folder = this.mediaFolder): Promise<unknown[]> {
			const perFolder = await Promise.all(mediaFolders(folder, uploadFolders).map((each) => super.getMedia(each)));
			return perFolder.flat();
		}
	}

	cms.registerBackend(LOCAL_BACKEND, LocalMediaBackend as never);
}
