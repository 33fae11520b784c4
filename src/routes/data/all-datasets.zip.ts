/** /data/all-datasets.zip: every dataset as CSV and JSON in one download. */
import type { APIRoute } from 'astro';
import { registry } from '../../data/datasets.ts';
import { allDatasetsZip } from '../../data/catalogue.ts';

export const GET: APIRoute = () => new Response(allDatasetsZip(registry), { headers: { 'Content-Type': 'application/zip' } });
