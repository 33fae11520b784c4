/**
 * A wide table scrolls sideways on a phone, and a reader on a keyboard can
 * only scroll what takes focus (WCAG 2.1.1; axe's scrollable-region-focusable):
 * this Sätteri plugin makes every table of a chapter focusable.
 */
import { defineHastPlugin } from "satteri";

export function focusableTables() {
  return defineHastPlugin({
    name: "focusable-tables",
    element: {
      filter: ["table"],
      visit(node, ctx) {
        if (node.properties?.tabIndex === undefined)
          ctx.setProperty(node, "tabIndex", 0);
      },
    },
  });
}
