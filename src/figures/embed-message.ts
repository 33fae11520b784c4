/** The message an embed page sends its host with its content height (embed-height.ts, figure-reuse.ts). */
export const EMBED_HEIGHT_MESSAGE = 'report-site:embed-height';
