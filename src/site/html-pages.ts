/** The HTML pages of a built dist/, as paths relative to it, sorted. */
import fs from 'node:fs';

export function htmlPagesOf(dist: string): string[] {
  return (fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.html')).sort();
}
