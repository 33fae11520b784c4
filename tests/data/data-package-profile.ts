/** Ajv with the published Data Package v2 profile (tests/fixtures/data-package/README.md says where it comes from). */
import fs from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

const profile = JSON.parse(fs.readFileSync('tests/fixtures/data-package/datapackage-2.0.schema.json', 'utf8')) as object;
// strict: false, because the profile carries documentation keywords (propertyOrder, context, examples) of its own.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
// A hint to form editors in the profile, not a rule on the text.
ajv.addFormat('textarea', true);
const validate = ajv.compile(profile);

/** The profile's complaints about `descriptor`, each as "path: message"; none when it is a valid Data Package. */
export function dataPackageProfileProblems(descriptor: unknown): string[] {
  return validate(descriptor) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message}`);
}
