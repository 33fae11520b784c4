/**
 * Reads a _headers file the way Cloudflare Pages applies it: every rule whose
 * pattern matches the path applies, in order; "*" matches anything, ":name"
 * one path segment, and "! Name" drops a header an earlier rule set. Used to
 * check the file we write, and by the test server to serve it.
 */
export interface HeaderRule {
  pattern: string;
  set: [name: string, value: string][];
  detach: string[];
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: "${line.trim()}" comes before any URL pattern`);
    const entry = line.trim();
    if (entry.startsWith('!')) rule.detach.push(entry.slice(1).trim().toLowerCase());
    else {
      const colon = entry.indexOf(':');
      rule.set.push([entry.slice(0, colon).trim(), entry.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers served for a path, lower-case names. */
export function headersFor(text: string, path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of parseHeaders(text)) {
    if (!matches(rule.pattern, path)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
    }
  }
  return headers;
}
