// What chapters import: `import { Figure, Cite } from '../src/components';`
export { default as Figure } from './Figure.astro';
export { default as Cite } from './Cite.astro';
export { default as FigRef } from './FigRef.astro';
export { default as CiteReport } from './CiteReport.astro';
export { default as Headline } from './Headline.astro';
export { default as KeyFigure } from './KeyFigure.astro';
export { default as KeyFigures } from './KeyFigures.astro';
export { default as ChapterCards } from './ChapterCards.astro';
export { default as PdfDownload } from './PdfDownload.astro';
export { default as Term } from './Term.astro';
export { default as ComparisonTable } from './ComparisonTable.astro';
export { default as Correction } from './Correction.astro';
