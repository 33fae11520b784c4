/**
 * Runs in the browser: turns the built chapter pages into one printable book
 * (cover, contents, list of figures, chapters each on a new page). Ids are
 * prefixed by chapter so anchors stay unique, and links between chapters become
 * links inside the book.
 */
export interface BookInput {
  title: string;
  edition: string;
  authors: string[];
  sources: string[];
  chapters: { label: string; path: string }[];
  pageNumbers: Record<string, number>;
  /** The site's origin, where the book's links to its other pages lead; undefined when the site has no address yet. */
  site: string | undefined;
  /** The origin that stands in for the site's in a build without an address: no link may lead there. */
  placeholder: string;
  /** The front matter's words in the report's language (this runs in the browser, away from the dictionaries). */
  texts: { sources: string; contents: string; figures: string; figureTitled: { before: string; between: string; after: string } };
}

export async function assembleBook(input: BookInput): Promise<string[]> {
  const chapterKey = (path: string) => (path.replace(/^\/|\/$/g, '') || 'overview').replace(/[^a-z0-9-]/gi, '-');
  const number = (id: string) => String(input.pageNumbers[id] ?? '000');
  const figuresList: string[] = [];
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
    targets.push(`ch-${key}`);
    // Figures are numbered within their chapter: the list of figures names the chapter before its figures.
    if (content.querySelector('figure.report-figure')) figuresList.push(`<li class="book-figures-chapter">${escapeHtml(chapter.label)}</li>`);
    // The chart alone is a Figure in the tagged PDF, with the figure's description as its
    // alternative text; the rest of the figure (caption, table, source, notes) is a group
    // (tagged Div) whose text stays readable, as alternative text would replace it.
    content.querySelectorAll('figure.report-figure').forEach((figure) => {
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
      figuresList.push(
        `<li><a href="#${figure.id}"><span>${escapeHtml(before)}${label}${escapeHtml(between)}${escapeHtml(title)}${escapeHtml(after)}</span><span class="pn" data-target="${figure.id}">${number(figure.id)}</span></a></li>`,
      );
    });
    chapterHtml.push(
      `<section class="book-chapter" id="ch-${key}"><h1>${escapeHtml(chapter.label)}</h1>${content.innerHTML}</section>`,
    );
  }
  const contents = input.chapters
    .map((c) => {
      const id = `ch-${chapterKey(c.path)}`;
      return `<li><a href="#${id}"><span>${escapeHtml(c.label)}</span><span class="pn" data-target="${id}">${number(id)}</span></a></li>`;
    })
    .join('');
  const cover = `<section class="book-cover"><h1>${escapeHtml(input.title)}</h1>
    <p class="book-edition">${escapeHtml(input.edition)}</p>
    <p>${input.authors.map(escapeHtml).join(', ')}</p>
    <h2>${escapeHtml(input.texts.sources)}</h2><ul>${input.sources.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul></section>`;
  const front = `<section class="book-front"><h2 id="contents">${escapeHtml(input.texts.contents)}</h2><ol class="book-toc">${contents}</ol>
    <h2 id="figures">${escapeHtml(input.texts.figures)}</h2><ol class="book-toc book-figures">${figuresList.join('')}</ol></section>`;
  document.documentElement.setAttribute('data-theme', 'light');
  const main = document.createElement('main');
  main.className = 'book sl-markdown-content';
  main.innerHTML = cover + front + chapterHtml.join('');
  document.body.replaceChildren(main);
  const style = document.createElement('style');
  style.textContent = `
    @page { size: A4; margin: 22mm 18mm 20mm; }
    body { background: #fff; color: #111; }
    .book { max-width: none; padding: 0; font-size: 11pt; }
    .book-cover { break-after: page; padding-top: 30mm; }
    .book-cover h1 { font-size: 30pt; }
    .book-front { break-after: page; }
    .book-chapter { break-before: page; }
    .book-chapter > h1 { font-size: 22pt; margin-bottom: 1em; }
    .book-toc { list-style: none; padding: 0; }
    .book-toc a { display: flex; justify-content: space-between; gap: 1em; text-decoration: none; color: inherit; }
    .book-toc .pn { font-variant-numeric: tabular-nums; }
    .book-figures-chapter { font-weight: 600; margin-top: 0.6em; }
    .figure-chart-wide { display: block !important; }
    .figure-data > .book-box-title { display: none; }
    .book-box-title { font-size: 0.875em; font-weight: 600; margin: 0.5em 0 0.25em; }
    .book-chapter-guide dt { font-weight: 600; margin-top: 0.5em; }
    .book-chapter-guide dd { margin: 0; }
    .book a::after, .book q::before, .book q::after { content: none !important; }
    .book-url { font-size: 0.85em; overflow-wrap: anywhere; }
  `;
  document.head.append(style);
  return targets;

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
