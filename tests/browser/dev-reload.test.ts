/**
 * Editors see their edits without reloading by hand: with `astro dev` running and
 * a chapter open in Chromium, saving a CSV cell or a chapter sentence changes the
 * open tab. (How fast is measured by `npm run bench`, not here.)
 */
import { afterAll, expect, it } from 'vitest';
import { removeCopies } from '../build/build-site.ts';
import { measureDevUpdates } from '../bench/dev-update.ts';

afterAll(() => removeCopies());

it('an edited CSV and an edited chapter both reach the open page in the dev server', async () => {
  // measureDevUpdates throws when the open tab does not show an edit within 30 s.
  const updates = await measureDevUpdates();
  expect(updates.map(({ edit }) => edit)).toEqual([
    'one CSV cell (data/remittances/uses-channels.csv)',
    'one sentence of a chapter (content/remittances.mdx)',
  ]);
}, 180_000);
