/** A source paper's citation in full, as the sources page lists it and a citation link's title shows it. */
import type { SourceDocument } from '../../schemas/sources';

export function fullCitation(doc: SourceDocument): string {
	return `${doc.authors}：《${doc.title}》。${doc.publisher}，${doc.year}。${doc.details ? `${doc.details}。` : ''}`;
}
