import { getSchema } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import { bodyExtensions } from "@/components/editor/extensions";

let schema: Schema | null = null;

/** The body's ProseMirror schema, built from the editor's own extensions (so server and browser agree on every node). */
export function bodySchema(): Schema {
  schema ??= getSchema(bodyExtensions({ history: false }));
  return schema;
}
