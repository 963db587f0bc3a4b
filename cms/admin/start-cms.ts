/**
 * Starts Decap CMS, bundled from npm, with the configuration generated from src/schemas (embedded
 * in the page at build time), in Chinese, with the site's previews, the widget that credits the
 * editor's organisation, and the checks that refuse a save that would break the build.
 */
import './manual-init';
import CMS from 'decap-cms-app';
import type { AdminSetup } from '../config/admin-setup';
import { registerLocale } from './locale';
import { localServerMissing } from './local-server';
import { registerPreviews } from './preview/register';
import { registerSaveChecks } from './save-checks';
import { registerCreditOrganisationWidget } from './widgets/credit-organisation';
import { registerRelationWidget } from './widgets/relation';

const setup = JSON.parse(document.getElementById('gj-cms-setup')!.textContent!) as AdminSetup;

registerLocale(CMS);
registerRelationWidget(CMS);
registerCreditOrganisationWidget(CMS, setup);
registerPreviews(CMS, setup);
registerSaveChecks(CMS, setup);

localServerMissing(setup.config).then((missing) => {
	if (missing) document.getElementById('gj-local-server-missing')?.removeAttribute('hidden');
	else CMS.init({ config: setup.config as never });
});
