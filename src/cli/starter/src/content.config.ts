// The report's chapters and the engine's texts, as Astro content collections.
export { collections } from 'report-site/content';
