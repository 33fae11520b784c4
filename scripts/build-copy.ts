/**
 * Builds a copy of the project into a folder of .test-builds/ and leaves dist/
 * alone (useful when several people edit at once), and prints where it went.
 *   node scripts/build-copy.ts my-check
 */
import { buildCopy } from '../tests/build/build-site.ts';

const result = buildCopy(process.argv[2] ?? 'copy');
console.log(result.status === 0 ? `built: ${result.dist}` : result.output);
process.exit(result.status ?? 1);
