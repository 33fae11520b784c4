/** Original sources quoted by the reports, used by the trafficking datasets and chapters. */
import type { SourceInput } from '../../schemas/source.ts';

export const traffickingSources: SourceInput[] = [];
