/** The attributes of <FigRef>: the id of the figure it points to, anywhere on the site. */
export interface FigRefProps {
  id: string;
}

export const FIG_REF_ATTRIBUTES = ['id'] as const satisfies readonly (keyof FigRefProps)[];
