/**
 * The attributes of <Cite> in a chapter, and their names as a list, so the
 * chapter check can reject a misspelt one instead of ignoring it.
 */
export interface CiteProps {
  /** Key of the source in the report's bibliography. */
  source: string;
  /** Page, table or section: "p. 65", "Table 5". */
  locator?: string;
  /** Key of the report in which the source is quoted. */
  via?: string;
  /** Where in that report. */
  viaLocator?: string;
}

export const CITE_ATTRIBUTES = ['source', 'locator', 'via', 'viaLocator'] as const satisfies readonly (keyof CiteProps)[];

// Fails to type-check if CiteProps gains an attribute the list lacks.
type Unlisted = Exclude<keyof CiteProps, (typeof CITE_ATTRIBUTES)[number]>;
export const everyCiteAttributeListed: Unlisted extends never ? true : Unlisted = true;
