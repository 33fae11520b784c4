declare module 'virtual:report-site/project' {
  /** The report config, checked once by the integration. */
  export const report: import('./report-schema.ts').ReportConfig;
  /** Where the report's folders and config file are. */
  export const paths: import('./options.ts').ReportPaths;
  /** The glossary's terms, checked once by the integration; empty when the report has none. */
  export const glossary: import('../schemas/glossary.ts').GlossaryTerm[];
}

declare module 'virtual:report-site/entries' {
  /** "/data/", the key prefix of the modules below. */
  export const prefix: string;
  /** Every .ts module below the data folder, by "/data/topic/name.ts". */
  const modules: Record<string, Record<string, unknown>>;
  export default modules;
}

declare module 'virtual:report-site/charts' {
  export const prefix: string;
  /** Every custom chart below the data folder, by "/data/topic/name.chart.ts". */
  const modules: Record<string, { default?: import('../charts/define-chart.ts').CustomChart }>;
  export default modules;
}
