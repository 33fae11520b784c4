/** /data/<id>.json: each dataset's typed rows with title, unit, source and notes. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { registry } from '../../data/datasets.ts';
import { datasetJson } from '../../data/downloads.ts';
import { pageLang } from '../../i18n/page-lang.ts';

export const getStaticPaths: GetStaticPaths = () => [...registry.datasets.keys()].map((id) => ({ params: { id } }));

export const GET: APIRoute = (context) => {
  const loaded = registry.load(registry.get(String(context.params.id), 'src/pages/data/[id].json.ts'));
  return new Response(datasetJson(loaded, registry.bibliography, pageLang(context)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
