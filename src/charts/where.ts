/**
 * The `where` filter of a figure, written by MDX authors as text:
 * `where="flow=Inward; component!=Total"`. Values compare with the cell as
 * written in the CSV.
 */

export interface Condition {
  column: string;
  equals: boolean;
  value: string;
}

/** Parses the filter text; returns conditions, or the sentence saying what is wrong. */
export function parseWhere(text: string | undefined): { conditions: Condition[]; problem?: string } {
  if (!text?.trim()) return { conditions: [] };
  const conditions: Condition[] = [];
  for (const part of text.split(';').map((piece) => piece.trim()).filter(Boolean)) {
    const match = /^([A-Za-z0-9_]+)\s*(!=|=)\s*(.*)$/.exec(part);
    if (!match) return { conditions, problem: `cannot read "${part}"; write column=value or column!=value, separated by ";"` };
    conditions.push({ column: match[1] as string, equals: match[2] === '=', value: (match[3] as string).trim() });
  }
  return { conditions };
}

export function applyWhere<Row>(rows: readonly Row[], conditions: readonly Condition[]): Row[] {
  return rows.filter((row) =>
    conditions.every(({ column, equals, value }) => {
      const cell = (row as Record<string, unknown>)[column];
      const written = cell === null || cell === undefined ? '-' : String(cell);
      return (written === value) === equals;
    }),
  );
}
