/** The presets MDX authors can name in <Figure preset="…">. */
import type { Preset } from '../preset.ts';
import { bar } from './bar.ts';
import { dot } from './dot.ts';
import { line } from './line.ts';
import { range } from './range.ts';
import { routeMap } from './route-map.ts';
import { stackedBar } from './stacked-bar.ts';
import { timeline } from './timeline.ts';

export const presets: ReadonlyMap<string, Preset> = new Map([bar, line, stackedBar, range, dot, timeline, routeMap].map((preset) => [preset.name, preset]));
