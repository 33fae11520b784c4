/**
 * Search loads when the reader opens it. Starlight's own <site-search> does the
 * rest: its button, dialog, Ctrl/Cmd-K and closing. Its script would also load
 * Pagefind's interface (and, through it, the index) on idle after every page
 * load, from a DOMContentLoaded listener that the element's constructor adds.
 * This script runs before Starlight's (Search.astro places it first) and holds
 * back Starlight's definition of <site-search> until DOMContentLoaded is under
 * way, so that listener is added too late to run. Instead, the first time the
 * reader opens search or moves focus to its button, the script that mounts
 * Pagefind (SearchLoader.astro, which Search.astro keeps in a template) is put
 * in the page. Until it has run, the dialog shows a plain field.
 * tests/site/starlight-search.test.ts says what to re-check when Starlight's
 * Search.astro changes.
 *
 * No imports, so that the build inlines this script: nothing is fetched for
 * search before the reader opens it. Its words come with the page, in the
 * page's language (Search.astro).
 */
defineAfterDOMContentLoaded('site-search');
const root = document.querySelector<HTMLElement>('site-search');
if (root) {
  loadOnOpen(root);
  openOnSlash(root);
}

/**
 * Makes the coming definition of custom element `name` happen in a
 * DOMContentLoaded listener on window: listeners that the element's constructor
 * adds to window then are not called for this same event (an event calls only
 * the listeners its target had when the event reached it).
 */
function defineAfterDOMContentLoaded(name: string): void {
  const registry = window.customElements;
  registry.define = (...definition) => {
    if (definition[0] !== name) return CustomElementRegistry.prototype.define.apply(registry, definition);
    Reflect.deleteProperty(registry, 'define');
    window.addEventListener('DOMContentLoaded', () => registry.define(...definition), { once: true });
  };
}

function loadOnOpen(root: HTMLElement): void {
  // Absent in development, where Starlight's dialog says that search works in a build.
  const container = root.querySelector<HTMLElement>('#starlight__search');
  if (!container) return;
  container.append(document.querySelector<HTMLTemplateElement>('template#pending-search')!.content);
  container.setAttribute('aria-busy', 'true');

  const loader = document.querySelector<HTMLTemplateElement>('template#search-loader')!;
  const load = () => {
    const script = loader.content.querySelector('script');
    if (!script) return;
    // Offline, say. The browser keeps a failed import failed until the page reloads.
    script.addEventListener('error', () => {
      const status = container.querySelector<HTMLElement>('.pending-search-status');
      if (status) status.textContent = status.dataset.failed ?? '';
    });
    document.body.append(script);
  };
  const dialog = root.querySelector('dialog')!;
  // However Starlight opens the dialog (its button, Ctrl/Cmd-K, or "/"), load.
  new MutationObserver(() => dialog.open && load()).observe(dialog, { attributeFilter: ['open'] });
  // A keyboard reader reaching the button is about to search: start loading.
  root.querySelector('button[data-open-modal]')!.addEventListener('focus', load, { once: true });
}

/** "/" opens search too, unless the reader is writing in a field. */
function openOnSlash(root: HTMLElement): void {
  const openButton = root.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
  const dialog = root.querySelector('dialog')!;
  window.addEventListener('keydown', (event) => {
    if (event.key === '/' && !dialog.open && !openButton.disabled && !isTyping(event.target)) {
      openButton.click();
      event.preventDefault();
    }
  });
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
