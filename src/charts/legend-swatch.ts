/** SVG path of a dot shape, for drawing it in an HTML legend (same shapes as Plot's symbol scale). */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3-shape';

const SHAPES: Record<string, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  star: symbolStar,
  cross: symbolCross,
};

/** Path centred on 0,0, about as large as a chart's dots. */
export function symbolPath(name: string): string {
  return symbol(SHAPES[name] ?? symbolCircle, 100)() ?? '';
}
