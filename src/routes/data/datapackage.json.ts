/** /data/datapackage.json: every dataset as a resource of a Frictionless Data Package, with its Table Schema. */
import type { APIRoute } from 'astro';
import { registry } from '../../data/datasets.ts';
import { dataPackage } from '../../data/data-package.ts';
import { describedReport } from '../../report/report-identity.ts';
import { pageLang } from '../../i18n/page-lang.ts';

export const GET: APIRoute = (context) =>
  new Response(dataPackage(registry, describedReport(context.site, import.meta.env.BASE_URL), pageLang(context)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
