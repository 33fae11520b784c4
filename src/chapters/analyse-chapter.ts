/**
 * Reads a chapter's MDX (with satteri, the parser Astro itself uses) and finds
 * its figures, citations, figure references and glossary terms in order: this gives each
 * figure its number, gives the chapter its references list, and checks every
 * <Figure>, <Cite>, <FigRef> and <Term> before anything renders, so a mistake is
 * reported with the file and line where it was written. (Whether a <FigRef>
 * points to a real figure needs every chapter: see site-figures.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Registry } from '../data/registry.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { ReportInputError } from '../data/errors.ts';
import { presets } from '../charts/presets/index.ts';
import { COLUMN_ROLES } from '../charts/preset.ts';
import { applyWhere, parseWhere, type Condition } from '../charts/where.ts';
import { FIGURE_ATTRIBUTES } from '../figures/figure-props.ts';
import { CITE_ATTRIBUTES } from '../bibliography/cite-props.ts';
import { FIG_REF_ATTRIBUTES } from '../figures/figure-ref-props.ts';
import { TERM_ATTRIBUTES } from '../glossary/term-props.ts';
import { isNumericColumn } from '../schemas/cells.ts';
import { parseMdx, walk, type MdxNode as Node } from './parse-mdx.ts';
import { defaultImportsOf, readWrittenAttributes } from './written-attributes.ts';
import { typedFigureNumbers } from './typed-figure-numbers.ts';
import { didYouMean } from './closest-name.ts';
import { unknownSections } from '../bibliography/locator-sections.ts';
import { COMPARISON_TABLE_ATTRIBUTES, comparisonDatasetProblems, unknownReportKeys } from '../figures/comparison-table.ts';

export interface FigureUse {
  id: string;
  /** As readers see it: "2" is the figure's place in the chapter; numbered-chapter.ts makes it "3.2" or "14" as the report says. */
  number: string;
  line: number;
  dataset: string;
  /** The title as written, or the id when the title is an expression. */
  title: string;
  /** The attributes as written, so a figure can be drawn away from its chapter (image, embed page). */
  attributes: WrittenAttributes;
}

/** A <Figure>'s attributes read without running the MDX: strings, JSON values, and the chart module a spec={…} names. */
export interface WrittenAttributes {
  values: Record<string, unknown>;
  /** Project-relative path of the module whose default export is the custom chart, e.g. "data/x/y.chart.ts". */
  specModule?: string;
}

/** A <FigRef id="…" /> as written, to be resolved against every chapter's figures. */
export interface FigureRefUse {
  id: string;
  line: number;
}

/** A <Term id="…"> as written: the glossary lists the chapters that use each term. */
export interface TermUse {
  id: string;
  line: number;
}

/** A <Correction date="…"> note as written: the Editions and corrections page lists and links it. */
export interface CorrectionUse {
  date: string;
  /** The note's id on the page: "correction-2027-01-15". */
  id: string;
  line: number;
  /** The note's words, without markup. */
  text: string;
}

export interface ChapterAnalysis {
  file: string;
  figures: FigureUse[];
  /** Citation keys in order of first use, from <Cite> and from figure sources. */
  citations: string[];
  /** <FigRef> uses in order of appearance. */
  figureRefs: FigureRefUse[];
  /** <Term> uses of known terms, in order of appearance. */
  terms: TermUse[];
  /** <Correction> notes in order of appearance. */
  corrections: CorrectionUse[];
  /** <ComparisonTable>s whose dataset passed its checks, in order of appearance. */
  comparisonTables: ComparisonTableUse[];
}

export interface ComparisonTableUse {
  id: string;
  dataset: string;
}

const FIGURE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Analyses MDX source text; throws one error listing every problem found. */
export function analyseChapterSource(source: string, file: string, registry: Registry): ChapterAnalysis {
  return analyseChapterTree(parseMdx(source, file), file, registry);
}

/**
 * The same, for a chapter already parsed (the chapter check parses each file once).
 * Given a list, it adds the problems to it and returns what was valid, so the
 * chapter check still knows the chapter's good figures; otherwise it throws.
 */
export function analyseChapterTree(tree: Node, file: string, registry: Registry, collect?: string[]): ChapterAnalysis {
  const figures: FigureUse[] = [];
  const citations: string[] = [];
  const figureRefs: FigureRefUse[] = [];
  const terms: TermUse[] = [];
  const corrections: CorrectionUse[] = [];
  const comparisonTables: ComparisonTableUse[] = [];
  const problems: string[] = [...typedFigureNumbers(tree, file)];
  const cite = (key: string) => {
    if (!citations.includes(key)) citations.push(key);
  };
  const imports = defaultImportsOf(tree, file);

  walk(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const line = node.position?.start.line ?? 0;
    const at = `${file}:${line}`;
    const attributes = readAttributes(node);
    if (node.name === 'Cite') {
      const label = `<Cite${attributes.strings.has('source') ? ` source="${attributes.strings.get('source')}"` : ''}>`;
      for (const name of [...attributes.strings.keys(), ...attributes.expressions]) {
        if (!(CITE_ATTRIBUTES as readonly string[]).includes(name)) problems.push(`${at}, ${label}: unknown attribute "${name}"; a <Cite> takes ${CITE_ATTRIBUTES.join(', ')}`);
      }
      if (!attributes.strings.has('source') && !attributes.expressions.has('source')) {
        problems.push(`${at}, <Cite>: the "source" attribute is missing; write <Cite source="key" />`);
      }
      // The source first, then the report that reproduces it (via=), in reading order.
      for (const role of ['source', 'via']) {
        const key = attributes.strings.get(role);
        if (key === undefined) continue;
        if (registry.bibliography.has(key)) cite(key);
        else problems.push(`${at}, ${label}: unknown citation key${role === 'via' ? ` in via="${key}"` : ''}; ${didYouMean(key, registry.bibliography.keys(), 'citation keys')}`);
      }
      // Each source's locator names its sections as the bibliography lists them.
      for (const [role, locatorRole] of [['source', 'locator'], ['via', 'viaLocator']] as const) {
        const source = registry.bibliography.get(attributes.strings.get(role) ?? '');
        const locator = attributes.strings.get(locatorRole);
        if (!source || locator === undefined) continue;
        for (const problem of unknownSections(locator, source)) problems.push(`${at}, ${label}: ${locatorRole}="${locator}": ${problem}`);
      }
    }
    if (node.name === 'FigRef') {
      for (const name of [...attributes.strings.keys(), ...attributes.expressions]) {
        if (!(FIG_REF_ATTRIBUTES as readonly string[]).includes(name)) problems.push(`${at}, <FigRef>: unknown attribute "${name}"; a <FigRef> takes ${FIG_REF_ATTRIBUTES.join(', ')}`);
      }
      const id = attributes.strings.get('id');
      if (id === undefined) problems.push(`${at}, <FigRef>: give the figure's id as plain text, e.g. <FigRef id="inward-outward" />`);
      else figureRefs.push({ id, line });
    }
    if (node.name === 'Term') {
      const id = attributes.strings.get('id');
      const label = `<Term${id === undefined ? '' : ` id="${id}"`}>`;
      for (const name of [...attributes.strings.keys(), ...attributes.expressions]) {
        if (!(TERM_ATTRIBUTES as readonly string[]).includes(name)) problems.push(`${at}, ${label}: unknown attribute "${name}"; a <Term> takes ${TERM_ATTRIBUTES.join(', ')}`);
      }
      if (id === undefined) problems.push(`${at}, <Term>: give the term's id as plain text, e.g. <Term id="net-migration">net migration</Term>`);
      else if (registry.glossary.size === 0) problems.push(`${at}, ${label}: the report has no glossary; name its file in the report config, e.g. glossary: 'content/glossary.ts'`);
      else if (!registry.glossary.has(id)) problems.push(`${at}, ${label}: no term "${id}" in the glossary; ${didYouMean(id, registry.glossary.keys(), 'terms')}`);
      else terms.push({ id, line });
    }
    if (node.name === 'ComparisonTable') {
      const table = checkComparisonTable(attributes, at, registry, problems, cite);
      if (table) comparisonTables.push(table);
    }
    if (node.name === 'Correction') {
      const date = attributes.strings.get('date');
      const unknown = [...attributes.strings.keys(), ...attributes.expressions].filter((name) => name !== 'date');
      if (unknown.length > 0) problems.push(`${at}, <Correction>: unknown attribute "${unknown[0]}"; a <Correction> takes date`);
      if (date === undefined || !ISO_DATE.test(date) || Number.isNaN(Date.parse(date))) {
        problems.push(`${at}, <Correction>: give the day of the correction as date="2027-01-15"`);
      } else if (corrections.some((other) => other.date === date)) {
        problems.push(`${at}, <Correction date="${date}">: the chapter has another correction of that day (line ${corrections.find((other) => other.date === date)?.line}); write both in one note`);
      } else {
        corrections.push({ date, id: correctionId(date), line, text: textOf(node).replace(/\s+/g, ' ').trim() });
      }
    }
    if (node.name === 'Figure') {
      const figure = checkFigure(attributes, at, registry, problems);
      if (!figure) return;
      const duplicate = figures.find((other) => other.id === figure.id);
      if (duplicate) {
        problems.push(`${at}, <Figure id="${figure.id}">: the id is already used by the figure on line ${duplicate.line}; each figure on a page needs its own id`);
        return;
      }
      const written = readWrittenAttributes(node, imports, `${at}, <Figure id="${figure.id}">`);
      if (typeof written === 'string') {
        problems.push(written);
        return;
      }
      figures.push({ ...figure, line, number: String(figures.length + 1), attributes: written });
      const dataset = registry.datasets.get(figure.dataset);
      if (dataset) {
        cite(dataset.source);
        if (dataset.via) cite(dataset.via);
      }
    }
  });

  if (collect) collect.push(...problems);
  else if (problems.length > 0) throw new ReportInputError(`${file} has ${problems.length} problem(s)`, problems);
  return { file, figures, citations, figureRefs, terms, corrections, comparisonTables };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The id of a chapter's correction of one day: the <Correction> component gives its note the same. */
export function correctionId(date: string): string {
  return `correction-${date}`;
}

/** The words of a node and its children. */
function textOf(node: Node): string {
  if (typeof node.value === 'string' && node.type !== 'mdxjsEsm' && !node.type.startsWith('mdxFlowExpression') && !node.type.startsWith('mdxTextExpression')) return node.value;
  return (node.children ?? []).map(textOf).join(node.type === 'mdxJsxFlowElement' ? ' ' : '');
}

/** A <ComparisonTable>: its id, and a dataset with the comparison columns whose rows cite known reports; returns the table when both are sound. */
function checkComparisonTable(attributes: ReturnType<typeof readAttributes>, at: string, registry: Registry, problems: string[], cite: (key: string) => void): ComparisonTableUse | undefined {
  const id = attributes.strings.get('id');
  const label = `<ComparisonTable${id === undefined ? '' : ` id="${id}"`}>`;
  for (const name of [...attributes.strings.keys(), ...attributes.expressions]) {
    if (!(COMPARISON_TABLE_ATTRIBUTES as readonly string[]).includes(name)) problems.push(`${at}, ${label}: unknown attribute "${name}"; a <ComparisonTable> takes ${COMPARISON_TABLE_ATTRIBUTES.join(', ')}`);
  }
  if (id === undefined || !FIGURE_ID.test(id)) problems.push(`${at}, ${label}: give an id of lower-case words joined by hyphens (it becomes the #anchor), e.g. id="conflicting-totals"`);
  const datasetId = attributes.strings.get('dataset');
  if (datasetId === undefined) {
    problems.push(`${at}, ${label}: the "dataset" attribute is missing`);
    return undefined;
  }
  const dataset = registry.datasets.get(datasetId);
  if (!dataset) {
    problems.push(`${at}, ${label}: unknown dataset "${datasetId}"; ${didYouMean(datasetId, registry.datasets.keys(), 'datasets')}`);
    return undefined;
  }
  const columnProblems = comparisonDatasetProblems(dataset);
  problems.push(...columnProblems.map((problem) => `${at}, ${label}: ${problem}`));
  if (columnProblems.length > 0) return undefined;
  const rows = loadedRows(dataset, registry);
  if (!rows) return undefined;
  const unknown = unknownReportKeys(rows, registry.bibliography);
  for (const key of unknown) problems.push(`${at}, ${label}: the source column of dataset "${dataset.id}" names "${key}", which is not in the bibliography; ${didYouMean(key, registry.bibliography.keys(), 'citation keys')}`);
  for (const row of rows) {
    const source = registry.bibliography.get(String(row.source));
    if (!source) continue;
    for (const problem of unknownSections(String(row.locator), source)) problems.push(`${at}, ${label}: dataset "${dataset.id}", locator "${String(row.locator)}": ${problem}`);
  }
  cite(dataset.source);
  if (dataset.via) cite(dataset.via);
  for (const row of rows) if (!unknown.includes(String(row.source))) cite(String(row.source));
  return id !== undefined && FIGURE_ID.test(id) ? { id, dataset: dataset.id } : undefined;
}

function checkFigure(
  attributes: ReturnType<typeof readAttributes>,
  at: string,
  registry: Registry,
  problems: string[],
): { id: string; dataset: string; title: string } | undefined {
  const { strings, expressions } = attributes;
  const id = strings.get('id');
  const label = `<Figure${id ? ` id="${id}"` : ''}>`;
  const before = problems.length;
  for (const name of [...strings.keys(), ...expressions]) {
    if (!(FIGURE_ATTRIBUTES as readonly string[]).includes(name)) {
      problems.push(`${at}, ${label}: unknown attribute "${name}"; a <Figure> takes ${FIGURE_ATTRIBUTES.join(', ')}`);
    }
  }
  for (const required of ['id', 'dataset', 'title', 'description']) {
    if (!strings.has(required) && !expressions.has(required)) {
      problems.push(`${at}, ${label}: the "${required}" attribute is missing`);
    }
  }
  if (id !== undefined && !FIGURE_ID.test(id)) {
    problems.push(`${at}, ${label}: the id must be lower-case words joined by hyphens (it becomes the #anchor), e.g. "inward-outward"`);
  }
  const datasetId = strings.get('dataset');
  const dataset = datasetId === undefined ? undefined : registry.datasets.get(datasetId);
  if (datasetId !== undefined && !dataset) {
    problems.push(`${at}, ${label}: unknown dataset "${datasetId}"; ${didYouMean(datasetId, registry.datasets.keys(), 'datasets')}`);
  }
  const presetName = strings.get('preset');
  const preset = presetName === undefined ? undefined : presets.get(presetName);
  if (presetName === undefined && !expressions.has('spec')) {
    problems.push(`${at}, ${label}: give a preset (${[...presets.keys()].join(', ')}) or a custom spec={…}`);
  } else if (presetName !== undefined && !preset) {
    problems.push(`${at}, ${label}: unknown preset "${presetName}"; ${didYouMean(presetName, presets.keys(), 'presets')}`);
  }
  if (dataset) {
    const columns = Object.keys(dataset.row.shape);
    const numericColumns = new Set(columns.filter((column) => isNumericColumn(dataset.row.shape[column])));
    for (const role of COLUMN_ROLES) {
      const column = strings.get(role);
      if (column === undefined) {
        if (preset?.required.includes(role)) problems.push(`${at}, ${label}: the "${preset.name}" preset needs ${role}="column"; columns of "${dataset.id}": ${columns.join(', ')}`);
        continue;
      }
      if (preset && !preset.required.includes(role) && !preset.optional.includes(role)) {
        problems.push(`${at}, ${label}: the "${preset.name}" preset does not use ${role}=; it reads ${[...preset.required, ...preset.optional].join(', ')}`);
      } else if (!columns.includes(column)) {
        problems.push(`${at}, ${label}: ${role}="${column}" is not a column of dataset "${dataset.id}"; ${didYouMean(column, columns, 'columns')}`);
      } else if (preset?.numeric.includes(role) && !numericColumns.has(column)) {
        problems.push(`${at}, ${label}: ${role}="${column}" must be a numeric column for the "${preset.name}" preset; numeric columns: ${[...numericColumns].join(', ') || 'none'}`);
      }
    }
    const where = parseWhere(strings.get('where'));
    if (where.problem) problems.push(`${at}, ${label}: where: ${where.problem}`);
    const unknownColumns = where.conditions.filter((condition) => !columns.includes(condition.column));
    for (const condition of unknownColumns) {
      problems.push(`${at}, ${label}: where: "${condition.column}" is not a column of dataset "${dataset.id}"; ${didYouMean(condition.column, columns, 'columns')}`);
    }
    if (!where.problem && unknownColumns.length === 0) checkWhereKeepsRows(where.conditions, dataset, registry, `${at}, ${label}`, problems);
  }
  if (problems.length > before || id === undefined || datasetId === undefined) return undefined;
  return { id, dataset: datasetId, title: strings.get('title') ?? id };
}

/** The dataset's rows, or undefined when its CSV does not load (that is reported with the datasets). */
function loadedRows(dataset: Dataset, registry: Registry): Record<string, unknown>[] | undefined {
  try {
    return registry.load(dataset).rows as Record<string, unknown>[];
  } catch (error) {
    if (error instanceof ReportInputError) return undefined;
    throw error;
  }
}

// A filter that keeps no row would draw an empty chart: usually a misspelt value.
function checkWhereKeepsRows(conditions: Condition[], dataset: Dataset, registry: Registry, at: string, problems: string[]): void {
  if (conditions.length === 0) return;
  const rows = loadedRows(dataset, registry);
  if (!rows) return;
  if (applyWhere(rows, conditions).length > 0) return;
  // A value the column never has is most likely misspelt: name the closest one.
  const misspelt = conditions.flatMap(({ column, value }) => {
    const written = new Set(rows.map((row) => (row[column] === null || row[column] === undefined ? '-' : String(row[column]))));
    return written.has(value) ? [] : [`"${column}" never has "${value}"; ${didYouMean(value, written, `values of "${column}"`)}`];
  });
  const why = misspelt.length > 0 ? misspelt.join('; ') : 'each condition matches some rows, but no row matches them all';
  problems.push(`${at}: where="${conditions.map(({ column, equals, value }) => `${column}${equals ? '=' : '!='}${value}`).join('; ')}" keeps no row of dataset "${dataset.id}"; ${why}`);
}

function readAttributes(node: Node) {
  const strings = new Map<string, string>();
  const expressions = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    if (typeof attribute.value === 'string') strings.set(attribute.name, attribute.value);
    else expressions.add(attribute.name);
  }
  return { strings, expressions };
}

const cache = new Map<string, { mtimeMs: number; analysis: ChapterAnalysis }>();

/** Analyses a chapter file (path relative to the project), once per version of the file. */
/** `file` as messages name it, relative to the project folder `root`. */
export function analyseChapterFile(file: string, registry: Registry, root: string): ChapterAnalysis {
  const absolute = path.join(root, file);
  const { mtimeMs } = fs.statSync(absolute);
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.analysis;
  const analysis = analyseChapterSource(fs.readFileSync(absolute, 'utf8'), file, registry);
  cache.set(file, { mtimeMs, analysis });
  return analysis;
}
