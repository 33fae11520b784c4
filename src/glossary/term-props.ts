/**
 * The attributes of <Term> in a chapter, and their names as a list, so the
 * chapter check can reject a misspelt one instead of ignoring it.
 */
export interface TermProps {
  /** Id of the term in the report's glossary. */
  id: string;
}

export const TERM_ATTRIBUTES = ['id'] as const satisfies readonly (keyof TermProps)[];

// Fails to type-check if TermProps gains an attribute the list lacks.
type Unlisted = Exclude<keyof TermProps, (typeof TERM_ATTRIBUTES)[number]>;
export const everyTermAttributeListed: Unlisted extends never ? true : Unlisted = true;
