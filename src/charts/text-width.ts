/**
 * How wide a chart label will be on a reader's screen, estimated at build time
 * (charts are drawn without a browser). Widths are DejaVu Sans advances, the
 * widest of the common system sans-serifs, so a margin sized by this estimate
 * also holds the label in Arial, Helvetica, Segoe UI or Roboto.
 */

/** Chart text size in pixels (figures.css sets it on every chart). */
export const CHART_FONT_SIZE = 13;
/** Line height of wrapped chart labels, in pixels. */
export const LINE_HEIGHT = 15;

// Advance widths in ems. Characters not listed count as a wide lowercase letter.
const WIDTHS: Record<string, number> = {
  ' ': 0.318, ',': 0.318, '.': 0.318, ':': 0.337, ';': 0.337, "'": 0.275, '"': 0.46, '-': 0.361, '–': 0.5, '—': 1,
  '(': 0.39, ')': 0.39, '[': 0.39, ']': 0.39, '/': 0.337, '%': 0.95, '+': 0.838, '→': 0.838, '…': 1, '&': 0.78, '$': 0.636,
  a: 0.613, b: 0.635, c: 0.55, d: 0.635, e: 0.615, f: 0.352, g: 0.635, h: 0.634, i: 0.278, j: 0.278, k: 0.579, l: 0.278, m: 0.974,
  n: 0.634, o: 0.612, p: 0.635, q: 0.635, r: 0.411, s: 0.521, t: 0.392, u: 0.634, v: 0.592, w: 0.818, x: 0.592, y: 0.592, z: 0.525,
  A: 0.684, B: 0.686, C: 0.698, D: 0.77, E: 0.632, F: 0.575, G: 0.775, H: 0.752, I: 0.295, J: 0.295, K: 0.656, L: 0.557, M: 0.863,
  N: 0.748, O: 0.787, P: 0.603, Q: 0.787, R: 0.695, S: 0.635, T: 0.611, U: 0.732, V: 0.684, W: 0.989, X: 0.685, Y: 0.611, Z: 0.685,
};
const DIGIT = 0.636;
const OTHER = 0.65;
/** Bold text (fontWeight 600) is about this much wider. */
const BOLD = 1.1;

export function textWidth(text: string, fontSize = CHART_FONT_SIZE, bold = false): number {
  let ems = 0;
  for (const character of text) ems += WIDTHS[character] ?? (character >= '0' && character <= '9' ? DIGIT : OTHER);
  return ems * fontSize * (bold ? BOLD : 1);
}

/** The widest line of a label that may hold line breaks. */
export function labelWidth(text: string, fontSize = CHART_FONT_SIZE, bold = false): number {
  return Math.max(0, ...text.split('\n').map((line) => textWidth(line, fontSize, bold)));
}

/**
 * Breaks a label into lines no wider than `maxWidth`, at spaces only, so a name
 * such as "Art. 144-1" is never split. A single word wider than the room keeps
 * its own line (the caller gives it room or shortens it).
 */
export function wrapText(text: string, maxWidth: number, fontSize = CHART_FONT_SIZE, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}
