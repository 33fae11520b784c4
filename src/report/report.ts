/**
 * The report being built, as the integration checked it: the one way engine
 * code reads the title, edition, authors, language, reading order,
 * bibliography and glossary, and where the report's folders are.
 */
export { report, paths, glossary } from 'virtual:report-site/project';
