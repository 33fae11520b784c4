/** /data/all-datasets.zip: every dataset as CSV and JSON in one download, with the data package that describes them. */
import type { APIRoute } from 'astro';
import { registry } from '../../data/datasets.ts';
import { allDatasetsZip } from '../../data/catalogue.ts';
import { dataPackage } from '../../data/data-package.ts';
import { describedReport } from '../../report/report-identity.ts';
import { pageLang } from '../../i18n/page-lang.ts';
import { report } from '../../report/report.ts';

export const GET: APIRoute = (context) => {
  const lang = pageLang(context);
  const packageJson = dataPackage(registry, describedReport(context.site, import.meta.env.BASE_URL), lang);
  return new Response(allDatasetsZip(registry, lang, packageJson, report.editions), { headers: { 'Content-Type': 'application/zip' } });
};
