declare module 'virtual:report-site/config' {
  /** The default export of the report's config file, not yet checked. */
  const config: unknown;
  export default config;
  /** The config file as messages name it: "content/report.config.ts". */
  export const configFile: string;
}
