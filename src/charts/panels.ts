/**
 * Panels: rows split by the values of one column, for measures that cannot
 * be compared on one axis (a year's total beside another year's parts, a
 * full year beside ten months). Each panel is its own chart under its own
 * heading; the presets give them one value scale and one left margin, so the
 * panels line up and a number is as long in one as in another.
 */
import { distinctLabels, labelAt, type AnyKey } from './columns.ts';

export interface PanelRows<Row> {
  heading: string;
  rows: Row[];
}

/** The rows of each panel, panels in the order their values first appear in the CSV. */
export function panelRows<Row>(rows: readonly Row[], panel: AnyKey<Row>): PanelRows<Row>[] {
  return distinctLabels(rows, panel).map((heading) => ({ heading, rows: rows.filter((row) => labelAt(row, panel) === heading) }));
}

/** Room above each panel's chart for its heading, in pixels. */
export const PANEL_HEADING_HEIGHT = 26;
