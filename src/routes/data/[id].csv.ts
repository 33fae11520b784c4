/** /data/<id>.csv: each dataset's CSV file, byte for byte as committed. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { registry } from '../../data/datasets.ts';

export const getStaticPaths: GetStaticPaths = () => [...registry.datasets.keys()].map((id) => ({ params: { id } }));

export const GET: APIRoute = ({ params }) => {
  const loaded = registry.load(registry.get(String(params.id), 'src/pages/data/[id].csv.ts'));
  return new Response(loaded.csvText, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
