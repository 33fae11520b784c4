// What chapters import: `import { Figure, Cite } from '../src/components';`
export { default as Figure } from './Figure.astro';
export { default as Cite } from './Cite.astro';
export { default as FigRef } from './FigRef.astro';
