/** The host page's script of an embed snippet, run against messages as a browser would deliver them. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { embedSnippet } from '../../src/figures/figure-reuse.ts';
import { EMBED_HEIGHT_MESSAGE } from '../../src/figures/embed-message.ts';

type Listener = (event: { origin: string; source: unknown; data: unknown }) => void;

/** Runs the snippet's script on a host page and returns the frame and a way to post to the page. */
function hostWith(snippet: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${snippet}</body></html>`);
  const iframe = document.querySelector('iframe') as unknown as { style: { height: string }; contentWindow: object };
  const frameWindow = {};
  Object.defineProperty(iframe, 'contentWindow', { value: frameWindow });
  const script = document.querySelector('script')!;
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
  const listeners: Listener[] = [];
  new Function('addEventListener', 'document', script.textContent!)((type: string, listener: Listener) => type === 'message' && listeners.push(listener), document);
  return { iframe, frameWindow, post: (event: Parameters<Listener>[0]) => listeners.forEach((listener) => listener(event)) };
}

describe('embedSnippet', () => {
  const snippet = embedSnippet('https://example.org/report/figures/a/', 'Figure 1. A & B', 655);

  it('is the frame at a fixed height (without script) and the script after it', () => {
    expect(snippet.split('\n')[0]).toBe('<iframe src="https://example.org/report/figures/a/" title="Figure 1. A &amp; B" width="100%" height="655" loading="lazy" style="border: 0; max-width: 700px;"></iframe>');
  });

  it("sets the frame's height from its embed page's message, and ignores any other origin, frame or message", () => {
    const { iframe, frameWindow, post } = hostWith(snippet);
    post({ origin: 'https://example.org', source: frameWindow, data: { type: EMBED_HEIGHT_MESSAGE, height: 906 } });
    expect(iframe.style.height).toBe('906px');
    post({ origin: 'https://evil.example', source: frameWindow, data: { type: EMBED_HEIGHT_MESSAGE, height: 5 } });
    post({ origin: 'https://example.org', source: {}, data: { type: EMBED_HEIGHT_MESSAGE, height: 6 } });
    post({ origin: 'https://example.org', source: frameWindow, data: { type: 'other', height: 7 } });
    post({ origin: 'https://example.org', source: frameWindow, data: { type: EMBED_HEIGHT_MESSAGE, height: '8px;color:red' } });
    expect(iframe.style.height).toBe('906px');
  });
});
