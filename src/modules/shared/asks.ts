import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * Whether the selection below the current root field names any of `fields`, at any depth, through inline and
 * named fragments. Conservative: a name counts on whatever type it is asked, and @skip / @include are not read, so
 * a read asked for more than it needs answers the same. Reads use it to leave out what nobody asked (a path's full
 * node properties, its claims' evidence).
 */
export function asksAny(info: GraphQLResolveInfo, fields: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return fields.has(selection.name.value) || walk(selection.selectionSet);
      if (selection.kind === Kind.INLINE_FRAGMENT) return walk(selection.selectionSet);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      return walk(info.fragments[name]?.selectionSet);
    });
  return info.fieldNodes.some((node) => walk(node.selectionSet));
}
