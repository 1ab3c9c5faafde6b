import { Extensions } from "type-graphql";

/**
 * Caps on string arguments, checked before any resolver runs (src/plugins/string-lengths.ts). Every String or ID
 * argument and input field, at any depth, is held to the name cap (GRAPHQL_MAX_NAME_LENGTH, 200 by default)
 * unless it is declared here as longer: free text of the curation inputs, cursors, claim keys.
 */

/** Free text of a curated record (titles, notes, descriptions): the data files' `text` (data/schema/defs). */
export const TEXT_MAX = 2000;

/** An opaque cursor: base64url of a sort value (a name of up to TEXT_MAX characters) and an id. */
export const CURSOR_MAX = 10_000;

/** A node id or a claim key (ends, level, assay and sources), as `auditTrail(id:)` takes it. */
export const AUDIT_ID_MAX = 300;

/** Declares a longer cap for one args-class or input field; it is carried in the field's GraphQL extensions. */
export function MaxChars(max: number): ReturnType<typeof Extensions> {
  return Extensions({ maxLength: max });
}

/** The cap declared with MaxChars, if any. */
export function declaredMaxLength(extensions: Readonly<Record<string, unknown>> | null | undefined): number | null {
  const max = extensions?.maxLength;
  return typeof max === "number" ? max : null;
}
