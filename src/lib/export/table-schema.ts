/**
 * Frictionless Table Schema (https://datapackage.org/standard/table-schema/): the description of a CSV's
 * columns that `/data/datapackage.json` gives for each table. The facts table's schema is generated
 * from the JSON Schema of the export record (src/schemas/export.ts), so the CSV, the JSON and both
 * schemas come from one definition.
 */

export interface TableField {
  /** The column's header, exactly. */
  name: string;
  type: 'string' | 'number' | 'integer';
  /** `uri` for a column of absolute URLs. */
  format?: 'uri' | undefined;
  description: string;
  constraints?:
    | {
        required?: boolean | undefined;
        enum?: readonly string[] | undefined;
        /** An XML Schema pattern, which matches the whole value (no `^` and `$`). */
        pattern?: string | undefined;
      }
    | undefined;
}

export interface TableSchema {
  fields: TableField[];
  /** The columns that identify a row. */
  primaryKey?: string[] | undefined;
  /** Cells read as "no value"; Table Schema's default, said outright. */
  missingValues: string[];
}

/** The part of a JSON Schema (as zod's `toJSONSchema` writes it) that a column is made from. */
export interface JsonSchemaNode {
  type?: string | string[] | undefined;
  anyOf?: JsonSchemaNode[] | undefined;
  enum?: unknown[] | undefined;
  format?: string | undefined;
  pattern?: string | undefined;
  description?: string | undefined;
  minItems?: number | undefined;
  items?: JsonSchemaNode | undefined;
  properties?: Record<string, JsonSchemaNode> | undefined;
}

/** The node without its `null` alternative, and whether it had one: `{ type: ['number', 'null'] }`, `{ anyOf: [{…}, { type: 'null' }] }`. */
function withoutNull(node: JsonSchemaNode): { node: JsonSchemaNode; nullable: boolean } {
  if (Array.isArray(node.type)) {
    const types = node.type.filter((t) => t !== 'null');
    return {
      node: { ...node, type: types.length === 1 ? types[0] : types },
      nullable: types.length < node.type.length,
    };
  }
  const others = node.anyOf?.filter((n) => n.type !== 'null');
  if (node.anyOf !== undefined && others?.length === 1 && others[0] !== undefined) {
    return { node: { ...others[0], description: node.description ?? others[0].description }, nullable: true };
  }
  return { node, nullable: false };
}

/** An ECMAScript pattern anchored at both ends, as an XML Schema pattern (implicitly anchored). */
function xmlSchemaPattern(pattern: string): string {
  return pattern.replace(/^\^/, '').replace(/\$$/, '');
}

/**
 * One column per property of an object's JSON Schema, in its order. A number or integer keeps its
 * type; an array or object, which a CSV writes as text (see the property's description for how),
 * becomes a string. A column is required when its property cannot be null and, for a list, cannot
 * be empty.
 */
export function tableFieldsFromJsonSchema(schema: JsonSchemaNode): TableField[] {
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const { node, nullable } = withoutNull(property);
    const type = node.type === 'number' || node.type === 'integer' ? node.type : 'string';
    const required = !nullable && (node.type !== 'array' || (node.minItems ?? 0) > 0);
    const values = node.enum?.every((v): v is string => typeof v === 'string') ? node.enum : undefined;
    const pattern = node.type === 'string' && node.pattern !== undefined ? xmlSchemaPattern(node.pattern) : undefined;
    const constraints = {
      ...(required ? { required } : {}),
      ...(values ? { enum: values } : {}),
      ...(pattern ? { pattern } : {}),
    };
    return {
      name,
      type,
      ...(node.format === 'uri' ? { format: 'uri' as const } : {}),
      description: node.description ?? '',
      ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    };
  });
}
