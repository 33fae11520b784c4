import type { Dataset } from '../../src/schemas/dataset.ts';
import { timelineShahgaldiyev2016 } from './shahgaldiyev-2016.ts';
import { timelineYunusov2013 } from './yunusov-2013.ts';
import { timelineRumyansev2013 } from './rumyansev-2013.ts';
import { timelineIcmpd2023 } from './icmpd-2023.ts';

export const timelineDatasets: Dataset[] = [
  timelineShahgaldiyev2016,
  timelineYunusov2013,
  timelineRumyansev2013,
  timelineIcmpd2023,
];
