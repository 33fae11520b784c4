/** /data/all-datasets.zip: every dataset as CSV and JSON in one download. */
import type { APIRoute } from 'astro';
import { registry } from '../../data/datasets.ts';
import { allDatasetsZip } from '../../data/catalogue.ts';
import { pageLang } from '../../i18n/page-lang.ts';

export const GET: APIRoute = (context) => new Response(allDatasetsZip(registry, pageLang(context)), { headers: { 'Content-Type': 'application/zip' } });
