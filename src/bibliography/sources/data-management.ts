/** Original sources quoted by the reports, used by the data-management datasets and chapters. */
import type { SourceInput } from '../../schemas/source.ts';

export const dataManagementSources: SourceInput[] = [];
