/** Original sources quoted by the reports, used by the irregular datasets and chapters. */
import type { SourceInput } from '../../schemas/source.ts';

export const irregularSources: SourceInput[] = [];
