/**
 * report-site/schema: what a report's data entries and bibliography are
 * written with.
 *
 *   import { defineDataset, cell } from 'report-site/schema';
 */
export { defineDataset, type Dataset, type DatasetDefinition, type RowOf, type RowShape, type ColumnLabels, type CellSchema } from './dataset.ts';
export * as cell from './cells.ts';
export { NO_DATA_MARKERS, type NumberCellOptions } from './cells.ts';
export { timelineRow, timelineColumns, timelineColumnsIn, TIMELINE_CATEGORIES } from './timeline.ts';
export type { Source, SourceInput } from './source.ts';
export { defineGlossary, type GlossaryTerm, type GlossaryTermInput } from './glossary.ts';
export { defineReport, type ReportConfig, type ReportConfigInput } from '../report/report-schema.ts';
