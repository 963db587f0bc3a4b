/**
 * Starts Decap CMS, bundled from npm, with the configuration generated from src/schemas (embedded
 * in the page at build time), in Chinese, with the site's previews, the widget that credits the
 * editor's organisation, the guard that a save writes the entry shown, and the checks that refuse
 * a save that would break the build.
 */
import './manual-init';
import CMS from 'decap-cms-app';
import type { AdminSetup } from '../config/admin-setup';
import { LOCAL_BACKEND } from '../config/backend-config';
import { guardEntryRoute } from './entry-route-guard';
import { replaceEnglishLeftovers } from './english-leftovers';
import { registerLocale } from './locale';
import { registerLocalMediaBackend } from './local-media-backend';
import { localServerMissing } from './local-server';
import { registerPreviews } from './preview/register';
import { keepSavedEntryAsBaseline } from './saved-entry-baseline';
import { registerSaveChecks } from './save-checks';
import { putSelectsInChinese } from './select-in-chinese';
import { registerCreditOrganisationWidget } from './widgets/credit-organisation';
import { registerRelationWidget } from './widgets/relation';

const setup = JSON.parse(document.getElementById('gj-cms-setup')!.textContent!) as AdminSetup;
/** The local backend writes each save straight into content/: nothing is published. */
const writesFiles = setup.config.backend.name === LOCAL_BACKEND;

const wording = registerLocale(CMS, { writesFiles });
putSelectsInChinese();
replaceEnglishLeftovers();
registerLocalMediaBackend(CMS, setup.config);
registerRelationWidget(CMS);
registerCreditOrganisationWidget(CMS, setup);
registerPreviews(CMS, setup);
// Before the content checks: a form holding another entry is refused before anything is read.
guardEntryRoute(CMS);
registerSaveChecks(CMS, setup, wording);
if (writesFiles) keepSavedEntryAsBaseline(CMS);

localServerMissing(setup.config).then((missing) => {
	if (missing) document.getElementById('gj-local-server-missing')?.removeAttribute('hidden');
	else CMS.init({ config: setup.config as never });
});
