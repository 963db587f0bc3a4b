/** The label of the source line under every entry, from the shared provenance fields. */
import { fieldMeta } from '../../schemas/fields';
import { provenance } from '../../schemas/shared';

export const sourceLabel = fieldMeta(provenance.source)!.label;
