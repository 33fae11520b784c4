/**
 * The behaviour of the search dialog: open and close it, and load Pagefind's
 * interface (and, through it, the index) the first time the reader opens it or
 * moves focus to the search button, never before. Until it has loaded, the
 * dialog shows a plain field; what the reader types there is carried over.
 */
import { SEARCH_RANKING } from './search-ranking.ts';

export function loadSearchOnOpen(root: HTMLElement): void {
  const openButton = root.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
  const closeButton = root.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
  const dialog = root.querySelector('dialog')!;
  const dialogFrame = root.querySelector('.dialog-frame')!;
  const container = root.querySelector<HTMLElement>('#starlight__search');

  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= (container ? mountPagefind(root, container) : Promise.resolve()).catch(() => {
      // Offline, say. The browser keeps a failed import failed until the page reloads.
      const status = container?.querySelector('.pending-search-status');
      if (status) status.textContent = 'Search could not load. Reload the page to try again.';
    }));

  // Close the dialog when the reader follows a result or clicks outside it.
  const onClick = (event: MouseEvent) => {
    const isLink = 'href' in (event.target || {});
    if (isLink || (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))) closeModal();
  };
  const openModal = (event?: Event) => {
    void load();
    dialog.showModal();
    document.body.toggleAttribute('data-search-modal-open', true);
    root.querySelector('input')?.focus();
    event?.stopPropagation();
    window.addEventListener('click', onClick);
  };
  const closeModal = () => dialog.close();

  openButton.addEventListener('click', openModal);
  // A keyboard reader reaching the button is about to search: start loading.
  openButton.addEventListener('focus', () => void load(), { once: true });
  openButton.disabled = false;
  closeButton.addEventListener('click', closeModal);
  dialog.addEventListener('close', () => {
    document.body.toggleAttribute('data-search-modal-open', false);
    window.removeEventListener('click', onClick);
  });

  window.addEventListener('keydown', (event) => {
    if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
      dialog.open ? closeModal() : openModal();
      event.preventDefault();
    } else if (event.key === '/' && !dialog.open && !isTyping(event.target)) {
      openModal();
      event.preventDefault();
    }
  });
}

// "/" opens search unless the reader is writing in a field.
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

async function mountPagefind(root: HTMLElement, container: HTMLElement): Promise<void> {
  if (import.meta.env.DEV) return;
  let translations = {};
  try {
    translations = JSON.parse(root.dataset.translations || '{}');
  } catch {}
  const stripTrailingSlash = (url: string) => url.replace(/(.)\/(#.*)?$/, '$1$2');
  const formatURL = root.dataset.stripTrailingSlash !== undefined ? stripTrailingSlash : (url: string) => url;

  // @ts-expect-error: @pagefind/default-ui ships no types.
  const { PagefindUI } = await import('@pagefind/default-ui');
  const pending = container.querySelector<HTMLInputElement>('[data-search-pending]');
  const typed = pending?.value ?? '';
  const hadFocus = pending !== null && document.activeElement === pending;
  for (const placeholder of container.querySelectorAll('[data-search-pending], .pending-search-status')) placeholder.remove();
  const ui = new PagefindUI({
    ranking: SEARCH_RANKING,
    element: '#starlight__search',
    baseUrl: import.meta.env.BASE_URL,
    bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
    showImages: false,
    translations,
    showSubResults: true,
    processResult: (result: { url: string; sub_results: Array<{ url: string }> }) => {
      result.url = formatURL(result.url);
      result.sub_results = result.sub_results.map((subResult) => ({ ...subResult, url: formatURL(subResult.url) }));
    },
  });
  container.removeAttribute('aria-busy');
  if (typed) ui.triggerSearch(typed);
  const input = container.querySelector<HTMLInputElement>('input');
  if (hadFocus && input) {
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }
}
