/** Which pages go into the search index: those that mark a search body, as Pagefind would keep. */
import { describe, expect, it } from 'vitest';
import { marksSearchBody } from '../../src/site/search-body.ts';

describe('marksSearchBody', () => {
  it('finds the attribute on any element, with or without a value', () => {
    expect(marksSearchBody('<html><body><main data-pagefind-body><h1>Chapter</h1></main></body></html>')).toBe(true);
    expect(marksSearchBody('<main class="x" data-pagefind-body="">text</main>')).toBe(true);
    expect(marksSearchBody('<div\n  data-pagefind-body\n>text</div>')).toBe(true);
  });

  it('does not take an embed page, a longer attribute or the words in text for one', () => {
    expect(marksSearchBody('<html><body><figure data-pagefind-weight="10">Figure 1</figure></body></html>')).toBe(false);
    expect(marksSearchBody('<main data-pagefind-body-x>text</main>')).toBe(false);
    expect(marksSearchBody('<p>Mark the part with data-pagefind-body to search it.</p>')).toBe(false);
    expect(marksSearchBody('<pre><code>&lt;main data-pagefind-body&gt;</code></pre>')).toBe(false);
  });
});
