/**
 * The id of a <Term>'s definition, unique within its page: a term marked twice
 * on a page gets "-2" on its second definition. Counted per request (one page
 * of a build), in the order the terms render, so each build writes the same ids.
 */
const usedOnPage = new WeakMap<object, Map<string, number>>();

export function termDefinitionId(page: object, id: string): string {
  let used = usedOnPage.get(page);
  if (!used) usedOnPage.set(page, (used = new Map()));
  const count = (used.get(id) ?? 0) + 1;
  used.set(id, count);
  return `term-definition-${id}${count > 1 ? `-${count}` : ''}`;
}
