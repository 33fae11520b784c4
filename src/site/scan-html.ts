/**
 * What the build's own checks read from a page, in one streaming pass over the
 * HTML, without building a DOM: ids, the URLs it links or loads, and its inline
 * scripts. A chapter with fifty figures is megabytes of SVG; a DOM of it costs
 * seconds and hundreds of megabytes, a token stream almost nothing.
 */
import { Parser } from 'htmlparser2';
import { decodeHTMLAttribute } from 'entities';

export interface ScannedPage {
  ids: Set<string>;
  /** a[href], img[src], script[src] and link[href] except canonical and alternate links. */
  references: string[];
  /** Inline scripts: their type attribute (null if none) and text exactly as written. */
  inlineScripts: { type: string | null; text: string }[];
}

export function scanHtml(html: string): ScannedPage {
  const page: ScannedPage = { ids: new Set(), references: [], inlineScripts: [] };
  let script: { type: string | null; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id !== undefined) page.ids.add(decodeHTMLAttribute(attributes.id));
        const reference = referenceOf(name, attributes);
        if (reference !== undefined) page.references.push(decodeHTMLAttribute(reference));
        if (name === 'script' && attributes.src === undefined) script = { type: attributes.type ?? null, text: '' };
      },
      ontext(text) {
        if (script) script.text += text;
      },
      onclosetag(name) {
        if (name === 'script' && script) {
          page.inlineScripts.push(script);
          script = undefined;
        }
      },
    },
    // Only ids and links are decoded (above): decoding every attribute, the
    // path data of each chart included, took a third of the time.
    { decodeEntities: false },
  );
  parser.end(html);
  return page;
}

function referenceOf(name: string, attributes: Record<string, string>): string | undefined {
  if (name === 'a') return attributes.href;
  if (name === 'img' || name === 'script') return attributes.src;
  if (name === 'link' && attributes.rel !== 'canonical' && attributes.rel !== 'alternate') return attributes.href;
  return undefined;
}
