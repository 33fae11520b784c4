/**
 * The place a problem line starts with ("data/x.csv:5, column …",
 * "content/a.mdx:6:38: …"), so the dev server's error overlay can show that
 * file and line rather than the engine code that noticed the mistake.
 */
export interface ProblemLocation {
  file: string;
  line: number;
  column: number;
}

const PLACE = /^([^\s:,()"]+\.[A-Za-z]+):(\d+)(?::(\d+))?/;

export function problemLocation(problem: string): ProblemLocation | undefined {
  const match = PLACE.exec(problem);
  if (!match) return undefined;
  return { file: match[1] as string, line: Number(match[2]), column: match[3] === undefined ? 1 : Number(match[3]) };
}
