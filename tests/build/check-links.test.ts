/** The built site's link check, on a small dist/ written here, without a build. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/site/check-links.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function dist(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-links-'));
  made.push(dir);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const page = (body: string) => `<!doctype html><html><head><link rel="stylesheet" href="/style.css"></head><body>${body}</body></html>`;

describe('checkLinks', () => {
  it('finds nothing wrong when every file and anchor exists, on the page itself or another', () => {
    const site = dist({
      'index.html': page('<a href="/chapter/#fig-a">A</a><a href="#top">top</a><h1 id="top">x</h1>'),
      'chapter/index.html': page('<figure id="fig-a"></figure><a href="../#top">home</a><img src="/chart.svg">'),
      'style.css': '',
      'chart.svg': '<svg/>',
    });
    expect(checkLinks(site)).toEqual([]);
  });

  it('reports a missing file, a missing anchor on the same page and on another page, each with the page and the link as written', () => {
    const site = dist({
      'index.html': page('<a href="/gone/">x</a><a href="#nowhere">y</a><a href="chapter/#fig-b">z</a>'),
      'chapter/index.html': page('<figure id="fig-a"></figure><a href="/#top">home</a>'),
      'style.css': '',
    });
    expect(checkLinks(site)).toEqual([
      { page: '/', href: '/gone/', problem: 'no such file in dist/' },
      { page: '/', href: '#nowhere', problem: 'no element with id "nowhere" on that page' },
      { page: '/', href: 'chapter/#fig-b', problem: 'no element with id "fig-b" on that page' },
      { page: '/chapter/', href: '/#top', problem: 'no element with id "top" on that page' },
    ]);
  });

  it('resolves links under the base path, and reports one that leaves it', () => {
    const site = dist({
      'index.html': page('<a href="/report/chapter/#fig-a">in</a><a href="/elsewhere/">out</a>').replace('/style.css', '/report/style.css'),
      'chapter/index.html': page('<figure id="fig-a"></figure>').replace('/style.css', '/report/style.css'),
      'style.css': '',
    });
    expect(checkLinks(site, '/report/')).toEqual([{ page: '/report/', href: '/elsewhere/', problem: 'outside the base path /report/' }]);
  });

  it('reads links and ids as a browser would, with their character references decoded', () => {
    const site = dist({
      'index.html': page('<a href="/chapter/?a=1&amp;b=2#fig-&#97;">x</a><a href="#caf&eacute;">y</a><h2 id="caf&#xE9;">z</h2>'),
      'chapter/index.html': page('<figure id="fig-a"></figure>'),
      'style.css': '',
    });
    expect(checkLinks(site)).toEqual([]);
  });

  it('ignores links to other sites', () => {
    const site = dist({ 'index.html': page('<a href="https://example.org/x#y">x</a>'), 'style.css': '' });
    expect(checkLinks(site)).toEqual([]);
  });
});
