/**
 * Runs in the browser: turns the built chapter pages into one printable book
 * (cover, imprint, contents to two levels, list of figures, chapters each on a
 * new page). Ids are
 * prefixed by chapter so anchors stay unique, and links between chapters become
 * links inside the book.
 */
import type { AnnexChapter } from './annex.ts';

export interface BookInput {
  title: string;
  subtitle: string | undefined;
  /** "Edition 1.0, 2 December 2026". */
  edition: string;
  publisher: string;
  sources: string[];
  /** In reading order; `number` for a numbered chapter (not the front and back matter). */
  chapters: { label: string; path: string; number?: number }[];
  /** The page label of each target ("vii", "12"), once the first print has found them. */
  pageNumbers: Record<string, string>;
  /** The abbreviations the chapters spell out (abbreviations.ts), in alphabetical order; no list without any. */
  abbreviations: { short: string; long: string }[];
  /** The statistical annex at the back (annex.ts): the full table of each dataset, by chapter; none without any. */
  annex: { title: string; chapters: AnnexChapter[] };
  /** The site's origin, where the book's links to its other pages lead; undefined when the site has no address yet. */
  site: string | undefined;
  /** The origin that stands in for the site's in a build without an address: no link may lead there. */
  placeholder: string;
  /** The imprint page: how to cite, where the report and its data are online, licence and disclaimer (each when the report has one). */
  imprint: { citation: string; site: string | undefined; data: string | undefined; licence: { name: string; url?: string } | undefined; disclaimer: string | undefined };
  /** The front matter's words in the report's language (this runs in the browser, away from the dictionaries). */
  texts: {
    sources: string;
    contents: string;
    figures: string;
    abbreviations: string;
    figureTitled: { before: string; between: string; after: string };
    publishedBy: string;
    howToCite: string;
    online: string;
    licence: string;
    disclaimer: string;
  };
}

export async function assembleBook(input: BookInput): Promise<string[]> {
  // A table of up to this many rows fits on a page with room to spare: it moves whole.
  const SHORT_TABLE_ROWS = 12;
  const WIDE_TABLE_COLUMNS = 6;
  const chapterKey = (path: string) => (path.replace(/^\/|\/$/g, '') || 'overview').replace(/[^a-z0-9-]/gi, '-');
  const number = (id: string) => String(input.pageNumbers[id] ?? '000');
  // "3 Trafficking": a numbered chapter's title as its heading, the contents and the list of figures give it.
  const chapterTitle = (chapter: BookInput['chapters'][number]) =>
    chapter.number === undefined ? escapeHtml(chapter.label) : `<span class="book-chapter-number">${chapter.number}</span> ${escapeHtml(chapter.label)}`;
  const figuresList: string[] = [];
  // A line of the contents or the list of figures: its title, dot leaders, and the page it starts on.
  const entry = (target: string, title: string, level = '') =>
    `<li${level && ` class="${level}"`}><a href="#${target}"><span class="toc-title">${title}</span><span class="toc-leader"></span><span class="pn" data-target="${target}">${number(target)}</span></a></li>`;
  const contents: string[] = [];
  const chapterHtml: string[] = [];
  const targets: string[] = [];
  for (const chapter of input.chapters) {
    const key = chapterKey(chapter.path);
    const html = await (await fetch(chapter.path)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const content = doc.querySelector('.sl-markdown-content');
    if (!content) throw new Error(`${chapter.path}: no chapter content found`);
    content.querySelectorAll('.figure-downloads, .figure-reuse, .pdf-download, .figure-chart-narrow, script').forEach((el) => el.remove());
    content.querySelectorAll('[id]').forEach((el) => (el.id = `${key}--${el.id}`));
    content.querySelectorAll('[aria-labelledby],[aria-describedby]').forEach((el) => {
      for (const attr of ['aria-labelledby', 'aria-describedby']) {
        const value = el.getAttribute(attr);
        if (value) el.setAttribute(attr, value.split(' ').map((id) => `${key}--${id}`).join(' '));
      }
    });
    content.querySelectorAll('a[href]').forEach((a) => {
      const href = a.getAttribute('href')!;
      const local = href.match(/^#(.+)$/);
      const other = href.match(/^(\/[^#?]*?)(?:#(.+))?$/);
      if (local) a.setAttribute('href', `#${key}--${local[1]}`);
      else if (other?.[1] && input.chapters.some((c) => c.path === other[1])) {
        const otherKey = chapterKey(other[1]);
        a.setAttribute('href', other[2] ? `#${otherKey}--${other[2]}` : `#ch-${otherKey}`);
      } else if (other) {
        // A page outside the book (the data catalogue, a dataset…) is a link to the site,
        // or, with no address to give, plain text.
        if (input.site) a.setAttribute('href', `${input.site}${href}`);
        else a.replaceWith(...a.childNodes);
      } else if (href.startsWith(input.placeholder)) a.replaceWith(...a.childNodes);
    });
    paperOnly(content);
    content.querySelectorAll('table').forEach(fitTable);
    targets.push(`ch-${key}`);
    // Figures are numbered within their chapter: the list of figures names the chapter before its figures.
    if (content.querySelector('figure.report-figure')) figuresList.push(`<li class="book-figures-chapter">${chapterTitle(chapter)}</li>`);
    // The chart alone is a Figure in the tagged PDF, with the figure's description as its
    // alternative text; the rest of the figure (caption, table, source, notes) is a group
    // (tagged Div) whose text stays readable, as alternative text would replace it.
    contents.push(entry(`ch-${key}`, chapterTitle(chapter)));
    // Figures and sections in document order, as the first print finds their pages.
    content.querySelectorAll('figure.report-figure, h2[id]').forEach((element) => {
      if (element.matches('h2')) {
        targets.push(element.id);
        contents.push(entry(element.id, escapeHtml(element.textContent ?? ''), 'toc-section'));
        return;
      }
      const figure = element;
      figure.setAttribute('role', 'group');
      const description = figure.querySelector('.figure-description')?.textContent ?? '';
      figure.querySelectorAll('.figure-chart svg').forEach((svg) => {
        svg.setAttribute('role', 'img');
        svg.setAttribute('aria-label', description);
      });
      const label = figure.querySelector('.figure-number')?.textContent ?? '';
      const title = figure.querySelector('.figure-title')?.textContent ?? '';
      targets.push(figure.id);
      const { before, between, after } = input.texts.figureTitled;
      figuresList.push(entry(figure.id, `${escapeHtml(before)}${label}${escapeHtml(between)}${escapeHtml(title)}${escapeHtml(after)}`));
    });
    chapterHtml.push(
      `<section class="book-chapter" id="ch-${key}"><h1>${chapterTitle(chapter)}</h1>${content.innerHTML}</section>`,
    );
  }
  // The annex: one part per chapter, each dataset's full table under its title, source and address.
  if (input.annex.chapters.length > 0) {
    targets.push('ch-annex');
    contents.push(entry('ch-annex', escapeHtml(input.annex.title)));
    const parts = input.annex.chapters.map((chapter, index) => {
      const id = `annex-${index + 1}`;
      targets.push(id);
      contents.push(entry(id, escapeHtml(chapter.title), 'toc-section'));
      const tables = chapter.tables.map(
        // Title, source and address are the table's caption, so that they never part from its first rows.
        (table) => `<table class="figure-table"><caption><h3>${escapeHtml(table.heading)}</h3><p class="annex-source">${escapeHtml(table.source)}</p>${
          table.csv ? `<p class="annex-source book-url">${escapeHtml(table.csv)}</p>` : ''
        }</caption><thead><tr>${table.columns.map((column) => `<th scope="col"${column.numeric ? ' class="numeric"' : ''}>${escapeHtml(column.label)}</th>`).join('')}</tr></thead><tbody>${table.rows
          .map((row) => `<tr>${row.map((cell, column) => `<td${table.columns[column]?.numeric ? ' class="numeric"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
      );
      return `<h2 id="${id}">${escapeHtml(chapter.title)}</h2>${tables.join('')}`;
    });
    const annex = document.createElement('section');
    annex.className = 'book-chapter book-annex';
    annex.id = 'ch-annex';
    annex.innerHTML = `<h1>${escapeHtml(input.annex.title)}</h1>${parts.join('')}`;
    annex.querySelectorAll('table').forEach(fitTable);
    chapterHtml.push(annex.outerHTML);
  }
  const { imprint, texts } = input;
  const cover = `<section class="book-cover"><h1>${escapeHtml(input.title)}</h1>
    ${input.subtitle ? `<p class="book-subtitle">${escapeHtml(input.subtitle)}</p>` : ''}
    <p class="book-edition">${escapeHtml(input.edition)}</p>
    <p class="book-publisher">${escapeHtml(input.publisher)}</p></section>`;
  const addressLine = (text: string | undefined) => (text ? `<p>${escapeHtml(text)}</p>` : '');
  const imprintPage = `<section class="book-imprint">
    <p>${escapeHtml(texts.publishedBy)} ${escapeHtml(input.publisher)}. ${escapeHtml(input.edition)}.</p>
    <h2>${escapeHtml(texts.howToCite)}</h2><p>${escapeHtml(imprint.citation)}</p>
    ${imprint.site || imprint.data ? `<h2>${escapeHtml(texts.online)}</h2>${addressLine(imprint.site)}${addressLine(imprint.data)}` : ''}
    ${imprint.licence ? `<h2>${escapeHtml(texts.licence)}</h2><p>${escapeHtml(imprint.licence.name)}${imprint.licence.url ? ` (${escapeHtml(imprint.licence.url)})` : ''}</p>` : ''}
    <h2>${escapeHtml(texts.sources)}</h2><ul>${input.sources.map((source) => `<li>${escapeHtml(source)}</li>`).join('')}</ul>
    ${imprint.disclaimer ? `<h2>${escapeHtml(texts.disclaimer)}</h2><p>${escapeHtml(imprint.disclaimer)}</p>` : ''}</section>`;
  const front = `<section class="book-front"><h2 id="contents">${escapeHtml(texts.contents)}</h2><ol class="book-toc">${contents.join('')}</ol></section>
    <section class="book-front"><h2 id="figures">${escapeHtml(texts.figures)}</h2><ol class="book-toc book-figures">${figuresList.join('')}</ol></section>
    ${
      input.abbreviations.length > 0
        ? `<section class="book-front"><h2 id="abbreviations">${escapeHtml(texts.abbreviations)}</h2><dl class="book-abbreviations">${input.abbreviations
            .map(({ short, long }) => `<dt>${escapeHtml(short)}</dt><dd>${escapeHtml(long)}</dd>`)
            .join('')}</dl></section>`
        : ''
    }`;
  document.documentElement.setAttribute('data-theme', 'light');
  const main = document.createElement('main');
  main.className = 'book sl-markdown-content';
  main.innerHTML = cover + imprintPage + front + chapterHtml.join('');
  document.body.replaceChildren(main);
  const style = document.createElement('style');
  style.textContent = `
    @page { size: A4; margin: 22mm 18mm 20mm; }
    body { background: #fff; color: #111; }
    .book { max-width: none; padding: 0; font-size: 11pt; }
    .book-cover { break-after: page; padding-top: 60mm; }
    .book-cover h1 { font-size: 30pt; margin-bottom: 0.4em; }
    .book-subtitle { font-size: 15pt; margin-top: 0; }
    .book-edition { margin-top: 30mm; }
    .book-imprint { break-after: page; font-size: 9.5pt; }
    .book-imprint h2 { font-size: 10pt; margin: 1.2em 0 0.3em; }
    .book-imprint p, .book-imprint ul { margin: 0 0 0.4em; }
    .book-front { break-after: page; }
    .book-abbreviations { display: grid; grid-template-columns: max-content 1fr; gap: 0.3em 1.5em; }
    .book-abbreviations dt { font-weight: 600; }
    .book-abbreviations > dt, .book-abbreviations > dd { margin: 0; }
    .book-chapter { break-before: page; }
    .book-chapter > h1 { font-size: 22pt; margin-bottom: 1em; }
    .book-short-table { break-inside: avoid; }
    .book .figure-table { width: 100%; }
    .book-wide-table { font-size: 7.5pt; }
    /* Prose runs 65 to 80 characters a line; figures and tables take the whole width. */
    .book-chapter > p, .book-chapter > ul, .book-chapter > ol, .book-chapter > blockquote, .book-chapter .figure-notes p { max-width: 140mm; }
    .book-chapter-number { margin-inline-end: 0.3em; }
    .book-toc { list-style: none; padding: 0; }
    .book-toc a { display: flex; align-items: baseline; text-decoration: none; color: inherit; }
    .book-toc .toc-leader { flex: 1; min-width: 1.5em; margin: 0 0.3em; border-bottom: 1.5px dotted #777; }
    .book-toc .pn { font-variant-numeric: tabular-nums; white-space: nowrap; }
    .book-toc > li { margin-top: 0.5em; font-weight: 600; }
    .book-toc > li.toc-section { margin: 0 0 0 2.2em; font-weight: 400; }
    .book-figures > li { margin-top: 0.15em; font-weight: 400; }
    .book-figures > li.book-figures-chapter { font-weight: 600; margin-top: 0.6em; }
    .book-figures-chapter { font-weight: 600; margin-top: 0.6em; }
    .figure-chart-wide { display: block !important; }
    .figure-data > .book-box-title { display: none; }
    .book-box-title { font-size: 0.875em; font-weight: 600; margin: 0.5em 0 0.25em; }
    .book-chapter-guide dt { font-weight: 600; margin-top: 0.5em; }
    .book-chapter-guide dd { margin: 0; }
    .book a::after, .book q::before, .book q::after { content: none !important; }
    .book-url { font-size: 0.85em; overflow-wrap: anywhere; }
    /* A figure's table on paper: compact, as wide as its content needs. */
    .book .figure-paper-table { width: auto; min-width: 50%; font-size: 9pt; }
    .book .figure-paper-table th, .book .figure-paper-table td, .book-annex .figure-table :is(th, td) { line-height: 1.3; }
    .book .figure-paper-table th, .book .figure-paper-table td { padding: 0.2em 0.8em 0.2em 0; }
    /* The annex: every column within the margins, long words wrapped, never cut. */
    /* A table, not the scrolling block the screen makes of it (which would clip), across the text block: its caption is as wide. */
    .book-annex .figure-table { display: table; width: 100%; overflow: visible; font-size: 8pt; table-layout: auto; margin-top: 1.6em; }
    .book-annex .figure-table caption { break-after: avoid; break-inside: avoid; text-align: start; font-size: 10.5pt; }
    .book-annex h3 { font-size: 10.5pt; margin: 0 0 0.2em; }
    .book-annex .annex-source { font-size: 8.5pt; font-weight: 400; margin: 0 0 0.3em; }
    .book-annex .figure-table.book-wide-table { font-size: 6.5pt; }
    .book-annex .figure-table th, .book-annex .figure-table td { padding: 0.15em 0.4em 0.15em 0; overflow-wrap: break-word; }
    .book-annex .figure-table td.numeric { overflow-wrap: normal; white-space: nowrap; }
  `;
  document.head.append(style);
  return targets;

  // A short table is not split across pages; a long one breaks between rows, repeating its header.
  function fitTable(table: Element): void {
    if (table.querySelectorAll('tbody tr').length <= SHORT_TABLE_ROWS) table.classList.add('book-short-table');
    // Many columns print smaller, so that every one stays within the margins.
    if ((table.querySelector('tr')?.children.length ?? 0) > WIDE_TABLE_COLUMNS) table.classList.add('book-wide-table');
  }

  // What is made for the screen becomes what paper shows: boxes that open show their content
  // under a plain title, the chapter cards become a list of chapters and their questions, and a
  // link to the web prints its address after it, as text (so that it is tagged), once: not
  // when the link's text is the address.
  function paperOnly(content: Element): void {
    content.querySelectorAll('details').forEach((details) => {
      const box = document.createElement('div');
      box.className = details.className;
      const summary = details.querySelector(':scope > summary');
      if (summary) {
        const title = document.createElement('p');
        title.className = 'book-box-title';
        title.append(...summary.childNodes);
        summary.replaceWith(title);
      }
      box.append(...details.childNodes);
      details.replaceWith(box);
    });
    content.querySelectorAll('ul.chapter-cards').forEach((cards) => {
      const list = document.createElement('dl');
      list.className = 'book-chapter-guide';
      cards.querySelectorAll('li').forEach((card) => {
        const title = document.createElement('dt');
        title.textContent = card.querySelector('.chapter-card-title')?.textContent ?? '';
        const question = document.createElement('dd');
        question.textContent = card.querySelector('.chapter-card-question')?.textContent ?? '';
        list.append(title, question);
      });
      cards.replaceWith(list);
    });
    // What the browser draws before and after an element is not text in the tagged PDF: the
    // quotation marks of <q> are written in (“ ”, as the dictionaries of both languages write them).
    content.querySelectorAll('q').forEach((quote) => {
      quote.prepend('“');
      quote.append('”');
    });
    content.querySelectorAll('a[href^="http"]').forEach((link) => {
      const href = link.getAttribute('href')!;
      const address = (text: string) => text.trim().replace(/^https?:\/\//, '').replace(/\/$/, '');
      if (address(link.textContent ?? '') === address(href)) return;
      const shown = document.createElement('span');
      shown.className = 'book-url';
      shown.textContent = ` (${href})`;
      link.after(shown);
    });
  }

  function escapeHtml(text: string): string {
    return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  }
}
