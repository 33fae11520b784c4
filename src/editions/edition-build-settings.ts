/**
 * The two settings of a build with editions, read from the environment:
 *
 * - REPORT_EARLIER_EDITIONS=on: the build also builds every earlier edition of the
 *   report config from its git tag v<version>, under /editions/<version>/;
 * - REPORT_ARCHIVED_EDITION: set by that build for each earlier edition it builds
 *   (a JSON object, never written by hand): the current edition and the pages it has,
 *   so each archived page names the current edition and links to the same page in it.
 */
import { z } from 'zod';

const archivedEditionSchema = z.strictObject({
  /** The current edition, which the banner names. */
  current: z.strictObject({ version: z.string(), date: z.string() }),
  /** The current site's base path, e.g. "/". */
  currentBase: z.string(),
  /** The current edition's pages, as paths after the base path ("chapter/", ""): a page the current edition no longer has links to its home page. */
  currentPages: z.array(z.string()),
});

export type ArchivedEdition = z.output<typeof archivedEditionSchema>;

export const ARCHIVED_EDITION_VARIABLE = 'REPORT_ARCHIVED_EDITION';
export const EARLIER_EDITIONS_VARIABLE = 'REPORT_EARLIER_EDITIONS';

/** Whether this build is to build the earlier editions too. */
export function buildsEarlierEditions(env: Record<string, string | undefined>): boolean {
  const value = env[EARLIER_EDITIONS_VARIABLE]?.trim();
  if (value === undefined || value === '' || value === 'off') return false;
  if (value === 'on') return true;
  throw new Error(`${EARLIER_EDITIONS_VARIABLE}="${value}": expected "on" (build the earlier editions from their git tags) or "off"`);
}

/** The current edition, when this build is of an earlier one; undefined for the current edition's own build. */
export function archivedEdition(env: Record<string, string | undefined>): ArchivedEdition | undefined {
  const value = env[ARCHIVED_EDITION_VARIABLE];
  return value ? archivedEditionSchema.parse(JSON.parse(value)) : undefined;
}

/** The folder of an earlier edition, after the base path: "editions/1.0/". */
export function editionFolder(version: string): string {
  return `editions/${version}/`;
}

/** The address of the page at `pagePath` (after the base path) in the current edition: the same page, or its home page when it has gone. */
export function currentPageOf(archived: ArchivedEdition, pagePath: string): string {
  return `${archived.currentBase}${archived.currentPages.includes(pagePath) ? pagePath : ''}`;
}
