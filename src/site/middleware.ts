/**
 * In the dev server, the whole project is checked before a page renders, so
 * a mistake in a CSV or a chapter stops the request with an error status and
 * is reported once, at its file and line, instead of failing halfway through a
 * streamed page (HTTP 200, cut off) once per component that reads it. Each
 * check is remembered per version of the file, so an unchanged project costs
 * little. A build checks the same things as it renders.
 */
import { defineMiddleware } from 'astro:middleware';
import { checkProjectForDev } from './check-project-for-dev.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  if (import.meta.env.DEV) await checkProjectForDev();
  return next();
});
