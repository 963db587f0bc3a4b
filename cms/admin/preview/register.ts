/**
 * Registers a preview for every collection, styled with the site's CSS. Each preview reads the
 * form as the editor types, and the names of the entries it points at from the backend.
 */
import { createElement as h } from 'react';
import type { CMS, PreviewTemplateComponentProps } from 'decap-cms-core';
import type { Map as ImmutableMap } from 'immutable';
import type { AdminSetup } from '../../config/admin-setup';
import { forgetEntryNames, useEntryNames } from './entry-names';
import { previewStyles } from './styles';
import { previewTemplates } from './templates';

export function registerPreviews(cms: CMS, setup: AdminSetup) {
	for (const css of previewStyles) cms.registerPreviewStyle(css, { raw: true });
	const currentEdition = setup.editions.at(-1) ?? '';
	for (const [collection, template] of Object.entries(previewTemplates)) {
		function Preview({ entry }: PreviewTemplateComponentProps) {
			const names = useEntryNames(setup);
			const data = (entry.get('data') as ImmutableMap<string, unknown> | undefined)?.toJS() ?? {};
			return template({ data, names, asideTitles: setup.asideTitles, currentEdition });
		}
		Preview.displayName = `Preview(${collection})`;
		cms.registerPreviewTemplate(collection, (props) => h(Preview, props));
	}
	// A save may add or rename what other previews point at.
	cms.registerEventListener({ name: 'postSave', handler: () => forgetEntryNames() });
}
