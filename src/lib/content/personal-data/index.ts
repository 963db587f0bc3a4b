export { findPersonalData, type PersonalDataContext } from './find-personal-data';
export { collectPseudonyms } from './names';
export type { PersonalDataFinding, PersonalDataRule } from './types';
