/** The presets MDX authors can name in <Figure preset="…">. */
import type { Preset } from '../preset.ts';
import { bar } from './bar.ts';
import { line } from './line.ts';
import { stackedBar } from './stacked-bar.ts';

export const presets: ReadonlyMap<string, Preset> = new Map([bar, line, stackedBar].map((preset) => [preset.name, preset]));
