import { describe, expect, it } from 'vitest';
import { failureOf, peerTable, type SideWeight } from './peer-framework.ts';
import { PEER_CHARTS, PEER_CSVS, PEER_MARKDOWN } from './peer-page.ts';

// Framework's output when a build reaches for the CDN, as it prints it here.
const FRAMEWORK_OFFLINE = `d3-dsv → src/.observablehq/cache/_node/d3-dsv@3.0.2/index.js
load /index npm:d3-dsv@3.0.2/+esm → src/.observablehq/cache/_npm/d3-dsv@3.0.2/_esm.js
[TypeError: fetch failed] {
  [cause]: Error: getaddrinfo ENOTFOUND cdn.jsdelivr.net
      at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:123:26) {
    errno: -3008,
    code: 'ENOTFOUND',
    hostname: 'cdn.jsdelivr.net'
  }
}

Unexpected error: fetch failed

If you think this is a bug, please file an issue at
↳ https://github.com/observablehq/framework/issues
`;

const NPM_REFUSED = `npm error code ECONNREFUSED
npm error syscall connect
npm error FetchError: request to http://127.0.0.1:9/@observablehq%2fframework failed, reason: connect ECONNREFUSED 127.0.0.1:9
npm error     at ClientRequest.<anonymous> (/usr/lib/node_modules/npm/node_modules/minipass-fetch/lib/index.js:130:14)
npm error   port: 9,
`;

describe('failureOf', () => {
  it('names the module Framework was loading and the host it could not reach, not where to file a bug', () => {
    const failure = failureOf(FRAMEWORK_OFFLINE);
    expect(failure).toContain('load /index npm:d3-dsv@3.0.2/+esm');
    expect(failure).toContain('hosts not reached: cdn.jsdelivr.net');
    expect(failure).not.toContain('github.com/observablehq/framework/issues');
    expect(failure).not.toContain('GetAddrInfoReqWrap');
  });

  it('gives the address npm failed to fetch, without stack frames or detail lines', () => {
    const failure = failureOf(NPM_REFUSED);
    expect(failure).toContain('addresses in the output: http://127.0.0.1:9/@observablehq%2fframework');
    expect(failure).toContain('hosts not reached: 127.0.0.1:9');
    expect(failure).not.toContain('minipass-fetch');
    expect(failure).not.toContain('port: 9');
  });
});

describe('peerTable', () => {
  const side = (total: number, js: number, chartsWithoutJs: number, otherHosts: string[] = []): SideWeight => ({ total, js, responses: 10, chartsWithJs: 5, chartsWithoutJs, otherHosts });

  it('gives each weight as Framework / ours and counts the charts out of five', () => {
    const { rows, notes } = peerTable({ ok: true, ours: side(35 * 1024, 4 * 1024, 5), framework: side(175 * 1024, 160 * 1024, 0, ['fonts.googleapis.com/css2']), installDir: '/tmp/x', installed: 'reused', installSeconds: 0, buildSeconds: 4 });
    expect(rows[0]).toEqual(['page weight at first view (gzip)', '35.0 KB', '175.0 KB', '5.0x']);
    expect(rows[1]).toEqual(['JS weight at first view (gzip)', '4.0 KB', '160.0 KB', '40.0x']);
    expect(rows.find((row) => row[0] === 'charts visible with JS off')).toEqual(['charts visible with JS off', '5 of 5', '0 of 5', '']);
    expect(notes.join('\n')).toContain('Framework also asks other hosts (not reachable here, not weighed): fonts.googleapis.com/css2');
  });

  it('prints no table when Framework could not be measured, and says which step failed', () => {
    const { rows, notes } = peerTable({ ok: false, step: 'building the page', error: 'hosts not reached: cdn.jsdelivr.net' });
    expect(rows).toEqual([]);
    expect(notes[0]).toContain('building the page failed');
    expect(notes.join('\n')).toContain('cdn.jsdelivr.net');
  });
});

describe('the peer page', () => {
  it('draws five charts from the chapter CSVs with bare imports and no npm: import or .csv() call (both go to the CDN)', () => {
    expect(PEER_MARKDOWN.match(/display\(Plot\.plot\(/g)).toHaveLength(PEER_CHARTS);
    expect(PEER_MARKDOWN).toContain('import * as Plot from "@observablehq/plot"');
    expect(PEER_MARKDOWN).not.toContain('npm:');
    expect(PEER_MARKDOWN).not.toMatch(/\.csv\(/);
    for (const csv of PEER_CSVS) expect(PEER_MARKDOWN).toContain(`FileAttachment("data/${csv}").text()`);
  });
});
