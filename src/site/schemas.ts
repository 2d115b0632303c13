/** The handbook's published JSON Schemas (src/lib/schema-json.ts) over this project's schemas. */
import { publishedSchemas, type JsonSchema } from '../lib/schema-json.ts';
import { KIND_SCHEMAS, PolicySchema, REPORT_SCHEMAS } from '../schemas/index.ts';

export function handbookSchemas(): Record<string, JsonSchema> {
  return publishedSchemas({ ...KIND_SCHEMAS, reports: REPORT_SCHEMAS, policy: PolicySchema });
}
