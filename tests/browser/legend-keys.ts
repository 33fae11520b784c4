/**
 * How far each legend key of a page sits from its label, measured in the
 * browser: the vertical distance (px) between the centre of the key's box and
 * the centre of the label's text, for every legend item that is shown.
 */
import type { Page } from 'playwright-core';

export interface LegendItem {
  figure: string;
  label: string;
  /** Key centre minus label centre, in CSS px (negative: the key sits higher). */
  offset: number;
}

export function legendOffsets(page: Page): Promise<LegendItem[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLLIElement>('.figure-legend li')]
      .filter((item) => item.getClientRects().length > 0)
      .map((item) => {
        const key = item.querySelector('svg')!.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(item);
        range.setStartAfter(item.querySelector('svg')!);
        const text = range.getBoundingClientRect();
        return {
          figure: item.closest('figure')?.id ?? '',
          label: range.toString().trim(),
          offset: Math.round((key.top + key.height / 2 - (text.top + text.height / 2)) * 10) / 10,
        };
      }),
  );
}
