/** Debian's Chromium, headless, kept off the network (see README, "Tests"): the same one that prints the PDF. */
export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/pdf/chromium.ts';
