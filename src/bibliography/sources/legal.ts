/** Original sources quoted by the reports, used by the legal datasets and chapters. */
import type { SourceInput } from '../../schemas/source.ts';

export const legalSources: SourceInput[] = [];
