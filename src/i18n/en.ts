/**
 * The engine's words in English: every text it prints on a page, in a figure's
 * image or citation, in the PDF, and the interface texts it hands Starlight and
 * Pagefind. Keys name what a text is for, never its English wording; a value
 * names what it takes in braces ("Figure {number}"), filled by t() in index.ts.
 *
 * The keys of Starlight ("skipLink.label" … "heading.anchorLabel"), Pagefind
 * ("pagefind.*", with Pagefind's own [COUNT] placeholders) and Expressive Code
 * ("expressiveCode.*") are theirs, with their English texts as they ship them
 * (tests/i18n/dictionaries.test.ts compares them), so other languages can give
 * them too.
 */
export const en = {
  // A figure: its number, heading, source line, notes and table.
  // The language's name in itself, for the language switcher.
  'language.name': 'English',
  'figure.label': 'Figure {number}',
  'figure.titled': '{figure}. {title}',
  'figure.inChapter': '{chapter}, {figure}',
  'figure.link': 'Link to this figure',
  'figure.legend': 'Legend',
  'figure.source': 'Source:',
  'figure.via': ', as reproduced in {via}',
  'figure.notes': 'Notes',
  'figure.notesCount': 'Notes on these data ({count})',
  'figure.showNumbers': 'Show the numbers',
  'figure.tableCaption': '{figure}. {title} ({unit})',
  'figure.dataTable': 'Data table: {caption}',
  'figure.valuesHint': 'Arrow keys move through the values',
  'chart.noData': 'no data',
  'chart.valueWithUnit': '{value} {unit}',
  'timeline.date': 'Date (as precise as the report)',
  'timeline.category': 'Kind of event',
  'timeline.event': 'Event',
  'timeline.locator': 'Where in the report',
  'timeline.kind.law': 'law',
  'timeline.kind.decree': 'decree',
  'timeline.kind.institution': 'institution',
  'timeline.kind.programme': 'programme',
  'timeline.kind.census': 'census',
  'timeline.kind.conference': 'conference',
  'timeline.kind.system': 'system',
  'timeline.kind.agreement': 'agreement',
  'timeline.kind.other': 'other',

  // Under a figure: downloads, embedding and citing it.
  'reuse.download': 'Download:',
  'reuse.data': 'data',
  'reuse.image': 'image',
  'reuse.permalink': 'Permalink',
  'reuse.embedSummary': 'Embed this figure',
  'reuse.embedIntro': 'Paste this code into a web page to show the figure, its source and its numbers ({link}):',
  'reuse.embedPage': 'the embed page',
  'reuse.citeSummary': 'Cite this figure',
  'embed.from': 'From {link}.',

  // Citations in the text, the references list and ready citations.
  'cite.via': ', as reported by {via}',
  'references.title': 'References',
  'references.original': 'Quoted in another source cited here; not consulted directly.',
  'reference.noDate': 'n.d.',
  'citation.edition': 'Edition {version}, {date}',
  'citation.report': '{authors} ({year}). {title}, edition {version}, {date}. {url}',
  'citation.figure': '{authors} ({year}). {figure}. In {title}, {chapter}, edition {version}, {date}. {permalink}. Data: {data}',
  'citation.via': ' As reproduced in {via}',
  'citation.dataNote': 'Data: {data}',

  // The data catalogue.
  'data.title': 'Data catalogue',
  'data.description': 'Every dataset of the site, with its source, notes and downloads as CSV and JSON.',
  'data.intro':
    'The site has {count} datasets, each transcribed from its source and kept as a CSV file with a typed description. Each can be downloaded as CSV (the file as transcribed) or JSON (the same rows with title, unit, source and notes). Numbers are as published: nothing is computed, rounded or filled in; "–" or an empty cell means the source gives no figure.',
  'data.downloadAll': 'Download all datasets (ZIP, CSV and JSON)',
  'data.otherTopic': 'Other datasets',
  'data.id': 'Dataset id',
  'data.unit': 'Unit',
  'data.source': 'Source',
  'data.via': 'As reproduced in: {via}',
  'data.locator': 'Where in the source',
  'data.size': 'Size',
  'data.rows': '{rows} rows; columns: {columns}',
  'data.usedIn': 'Used in',
  'data.unused': 'no chapter yet',
  'data.inText': '{chapter} (in the text)',
  'data.download': 'Download',
  'data.notes': 'Notes ({count})',
  'data.page.description': 'Dataset: {title}. Its source, notes, columns, first rows and downloads as CSV and JSON.',
  'data.page.catalogue': 'All datasets in the data catalogue',
  'data.page.notes': 'Notes',
  'data.page.preview': 'First rows',
  'data.page.previewCaption': 'The first {shown} of {rows} rows',
  'data.page.columns': 'Columns',
  'data.page.column': 'Column',
  'data.page.type': 'Type',
  'data.page.label': 'Label',
  'data.type.number': 'number',
  'data.type.integer': 'whole number',
  'data.type.year': 'year',
  'data.type.date': 'date (year, month or day)',
  'data.type.string': 'text',
  'data.type.any': 'any',

  // The glossary page, and a term's definition where a chapter marks it.
  'glossary.title': 'Glossary',
  'glossary.description': 'The terms of the report, each with its definition, its source and the chapters that use it.',
  'glossary.intro':
    'The report uses one word for each of the {count} concepts below. Each definition is written for this report and names its source; where the sources give no definition, it says so and follows how they use the term.',
  'glossary.empty': 'This report has no glossary.',
  'glossary.defined': 'Defined in',
  'glossary.usage': 'Not defined in its sources; written from its use in',
  'glossary.synonyms': 'Other names, not used in this report:',
  'glossary.usedIn': 'Used in:',
  'glossary.unused': 'Not marked in any chapter yet.',
  'term.definition': '{term}: ',

  // The list of figures.
  'figures.title': 'List of figures',
  'figures.description': 'Every figure of the site, chapter by chapter, with a link to it and its data as CSV and JSON.',
  'figures.intro': 'Each figure is listed under its chapter with its number, which is its place in that chapter. Its title links to it; CSV and JSON give the dataset it draws.',
  'figures.embed': 'Embed',

  // The whole report as a PDF: its link on the pages, its front matter.
  'pdf.download': 'Download the report',
  'pdf.sizeUnknown': '(PDF)',
  'pdf.size': '(PDF, {size})',
  'pdf.megabytes': '{value} MB',
  'pdf.sources': 'Sources',
  'pdf.contents': 'Contents',
  'pdf.figures': 'List of figures',

  // The home page: who publishes the report, under its title and edition; the key-figure cards' small charts.
  'cover.publisher': 'Published by {publisher}',
  'keyFigures.label': 'Key figures',
  'keyFigure.lineCaption': '{first}–{last}, {highlighted} highlighted',
  'keyFigure.amongCaption': '{highlighted} highlighted among {count} values',
  'keyFigure.partsCaption': 'The {count} parts of the total',

  // The page for an address that does not exist, and search while it loads.
  'notFound.text': 'There is no page at this address. Search the report, or start from the overview: every chapter and the data catalogue are listed in the menu.',
  'search.loading': 'Loading search…',
  'search.failed': 'Search could not load. Reload the page to try again.',

  // Starlight's interface texts (its keys and placeholders).
  'skipLink.label': 'Skip to content',
  'search.label': 'Search',
  'search.ctrlKey': 'Ctrl',
  'search.cancelLabel': 'Cancel',
  'search.devWarning': 'Search is only available in production builds. \nTry building and previewing the site to test it out locally.',
  'themeSelect.accessibleLabel': 'Select theme',
  'themeSelect.dark': 'Dark',
  'themeSelect.light': 'Light',
  'themeSelect.auto': 'Auto',
  'languageSelect.accessibleLabel': 'Select language',
  'menuButton.accessibleLabel': 'Menu',
  'sidebarNav.accessibleLabel': 'Main',
  'tableOfContents.onThisPage': 'On this page',
  'tableOfContents.overview': 'Overview',
  'i18n.untranslatedContent': 'This content is not available in your language yet.',
  'page.editLink': 'Edit page',
  'page.lastUpdated': 'Last updated:',
  'page.previousLink': 'Previous',
  'page.nextLink': 'Next',
  'page.draft': 'This content is a draft and will not be included in production builds.',
  '404.text': 'Page not found. Check the URL or try using the search bar.',
  'aside.note': 'Note',
  'aside.tip': 'Tip',
  'aside.caution': 'Caution',
  'aside.danger': 'Danger',
  'fileTree.directory': 'Directory',
  'builtWithStarlight.label': 'Built with Starlight',
  'heading.anchorLabel': 'Section titled “{{title}}”',

  // Pagefind's interface texts (its keys and placeholders; "placeholder" is search.label).
  'pagefind.clear_search': 'Clear',
  'pagefind.load_more': 'Load more results',
  'pagefind.search_label': 'Search this site',
  'pagefind.filters_label': 'Filters',
  'pagefind.zero_results': 'No results for [SEARCH_TERM]',
  'pagefind.many_results': '[COUNT] results for [SEARCH_TERM]',
  'pagefind.one_result': '[COUNT] result for [SEARCH_TERM]',
  'pagefind.total_zero_results': 'No results',
  'pagefind.total_one_result': '[COUNT] result',
  'pagefind.total_many_results': '[COUNT] results',
  'pagefind.alt_search': 'No results for [SEARCH_TERM]. Showing results for [DIFFERENT_TERM] instead',
  'pagefind.search_suggestion': 'No results for [SEARCH_TERM]. Try one of the following searches:',
  'pagefind.searching': 'Searching for [SEARCH_TERM]...',
  'pagefind.results_label': 'Search results',
  'pagefind.keyboard_navigate': 'navigate',
  'pagefind.keyboard_select': 'select',
  'pagefind.keyboard_clear': 'clear',
  'pagefind.keyboard_close': 'close',
  'pagefind.keyboard_search': 'search',
  'pagefind.error_search': 'Search failed',
  'pagefind.filter_selected_one': '[COUNT] selected',
  'pagefind.filter_selected_many': '[COUNT] selected',
  'pagefind.input_hint': 'Results will appear as you type',
  'pagefind.loading': 'Loading',

  // Expressive Code's interface texts (code blocks in chapters).
  'expressiveCode.copyButtonCopied': 'Copied!',
  'expressiveCode.copyButtonTooltip': 'Copy to clipboard',
  'expressiveCode.terminalWindowFallbackTitle': 'Terminal window',
} as const;
