/** /data/<id>.csv-metadata.json: the W3C CSVW metadata of each CSV, beside it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { registry } from '../../data/datasets.ts';
import { csvwMetadata } from '../../data/csvw-metadata.ts';
import { reportIdentity } from '../../report/report-identity.ts';
import { pageLang } from '../../i18n/page-lang.ts';

export const getStaticPaths: GetStaticPaths = () => [...registry.datasets.keys()].map((id) => ({ params: { id } }));

export const GET: APIRoute = (context) => {
  const dataset = registry.get(String(context.params.id), 'src/pages/data/[id].csv-metadata.json.ts');
  return new Response(csvwMetadata(registry, dataset, reportIdentity(context.site, import.meta.env.BASE_URL).url, pageLang(context)), {
    headers: { 'Content-Type': 'application/csvm+json; charset=utf-8' },
  });
};
