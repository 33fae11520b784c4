/** /data/catalog.jsonld: the datasets as a DCAT catalogue in JSON-LD. */
import type { APIRoute } from 'astro';
import { registry } from '../../data/datasets.ts';
import { dcatCatalog } from '../../data/dcat-catalog.ts';
import { describedReport } from '../../report/report-identity.ts';
import { pageLang } from '../../i18n/page-lang.ts';
import { report } from '../../report/report.ts';

export const GET: APIRoute = (context) =>
  new Response(dcatCatalog(registry, describedReport(context.site, import.meta.env.BASE_URL), pageLang(context), report.editions), {
    headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
  });
