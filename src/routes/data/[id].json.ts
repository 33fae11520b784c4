/** /data/<id>.json (and /az/data/<id>.json): each dataset's typed rows with title, unit, source and notes in the page's language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { registry } from '../../data/datasets.ts';
import { datasetJson } from '../../data/downloads.ts';
import { routeLang } from '../../i18n/page-lang.ts';
import { report } from '../../report/report.ts';

export const getStaticPaths: GetStaticPaths = () => [...registry.datasets.keys()].map((id) => ({ params: { id } }));

export const GET: APIRoute = (context) => {
  const loaded = registry.load(registry.get(String(context.params.id), 'src/pages/data/[id].json.ts'));
  return new Response(datasetJson(loaded, registry.bibliography, routeLang(context.routePattern), report.editions), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
