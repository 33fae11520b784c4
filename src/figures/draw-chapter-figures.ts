/**
 * The figures one chapter draws, from what it wrote (its analysis): each
 * <Figure>'s attributes, with its custom chart where it names one, drawn in
 * `lang`. Shared by the build (all-figures.ts) and the figure snapshots.
 */
import { registry } from '../data/datasets.ts';
import { customChart } from '../charts/custom-charts.ts';
import { buildFigure, type FigureModel } from './build-figure.ts';
import type { FigureProps } from './figure-props.ts';
import type { ChapterAnalysis } from '../chapters/analyse-chapter.ts';
import type { Lang } from '../i18n/index.ts';

export interface DrawnFigure {
  figure: FigureModel;
  /** The attributes its chapter wrote (x, y, where…), with the custom chart it names. */
  props: FigureProps;
  /** The dataset it draws. */
  dataset: string;
}

export function drawChapterFigures(analysis: ChapterAnalysis, base: string, lang: Lang): DrawnFigure[] {
  return analysis.figures.map((use) => {
    const { values, specModule } = use.attributes;
    const props = {
      ...(values as unknown as FigureProps),
      ...(specModule ? { spec: customChart(specModule, `${analysis.file}:${use.line}`) } : {}),
    };
    return { figure: buildFigure(props, analysis, registry, base, lang), props, dataset: use.dataset };
  });
}
