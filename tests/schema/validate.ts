/**
 * A validator for exactly the JSON Schema subset `schema/person.schema.json` uses: `type`
 * (one or a list), `properties`, `required`, `additionalProperties` (false or a schema),
 * `items`, `oneOf` and local `$ref`s into `$defs`. Annotations (`format`, `description`,
 * `title`) are ignored. Returns one message per failure; empty means valid.
 */
export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  oneOf?: Schema[];
  $ref?: string;
  $defs?: Record<string, Schema>;
}

const own = (obj: object, key: string): boolean => Object.prototype.hasOwnProperty.call(obj, key);

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** `#/$defs/name` -> the schema it names in the root schema. */
function resolve(ref: string, root: Schema): Schema {
  let node: unknown = root;
  for (const key of ref.replace(/^#\//, "").split("/")) node = (node as Record<string, unknown>)[key];
  if (!node || typeof node !== "object") throw new Error(`unresolved $ref ${ref}`);
  return node;
}

export function validate(value: unknown, schema: Schema, root: Schema = schema, at = "$"): string[] {
  if (schema.$ref) return validate(value, resolve(schema.$ref, root), root, at);
  const type = typeOf(value);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.includes(type)) return [`${at}: expected ${types.join(" or ")}, got ${type}`];
  }
  const errors: string[] = [];
  if (schema.oneOf) {
    const matches = schema.oneOf.filter((option) => validate(value, option, root, at).length === 0).length;
    if (matches !== 1) errors.push(`${at}: matches ${matches} of the oneOf schemas, not exactly one`);
  }
  const items = schema.items;
  if (items && Array.isArray(value)) value.forEach((item, i) => errors.push(...validate(item, items, root, `${at}[${i}]`)));
  if (type === "object") {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!own(obj, key)) errors.push(`${at}: missing "${key}"`);
    for (const [key, child] of Object.entries(obj)) {
      const sub = schema.properties && own(schema.properties, key) ? schema.properties[key] : schema.additionalProperties;
      if (sub === false) errors.push(`${at}: unexpected "${key}"`);
      else if (sub && sub !== true) errors.push(...validate(child, sub, root, `${at}.${key}`));
    }
  }
  return errors;
}
