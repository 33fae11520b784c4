/**
 * In the dev server, the whole project is checked before a page renders, so
 * a mistake in a CSV or a chapter stops the request with an error status and
 * is reported once, at its file and line, instead of failing halfway through a
 * streamed page (HTTP 200, cut off) once per component that reads it. Each
 * check is remembered per version of the file, so an unchanged project costs
 * little. A build checks the same things as it renders.
 *
 * Only pages are checked: a browser also asks for files such as /favicon.ico
 * (answered by the 404 page), and each of those would print the same mistake again. A download (a CSV, an
 * image) still fails on its own if the dataset it reads is broken.
 */
import { defineMiddleware } from 'astro:middleware';
import { checkProjectForDev } from './check-project-for-dev.ts';

// "/favicon.ico", and "/favicon.ico/" after the redirect that trailingSlash: "always" makes.
const FILE = /\.(?!html\/?$)[a-z0-9]+\/?$/i;

export const onRequest = defineMiddleware(async (context, next) => {
  // The 404 page answers every address that is not a page (such as /favicon.ico/).
  const page = !FILE.test(context.url.pathname) && context.routePattern !== '/404';
  if (import.meta.env.DEV && page) await checkProjectForDev();
  return next();
});
