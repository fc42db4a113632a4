import { ASTVisitor, GraphQLError, Kind, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';

/** Introspection roots: exempt from the depth limit (introspection itself is refused in production). */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * Refuses an operation nested deeper than `max` fields. Fragment spreads count as the fragment's own depth,
 * computed once per fragment (memoised), so the check is linear in the document's size whatever the number
 * of spreads; a fragment cycle counts as depth 0 here (graphql-js's NoFragmentCycles rule refuses it).
 *
 * Introspection subtrees (`__schema`, `__type`) do not count: GraphiQL's introspection query is 15 deep and
 * the explorer must load the schema in development. In production the NoSchemaIntrospection rule refuses
 * them, so nothing deep gets through there either.
 */
export function maxDepthRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, SelectionSetNode>();
    for (const def of context.getDocument().definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def.selectionSet);
    const fragmentDepth = new Map<string, number>();
    const inProgress = new Set<string>();

    const depthOfFragment = (name: string): number => {
      const known = fragmentDepth.get(name);
      if (known !== undefined) return known;
      const selectionSet = fragments.get(name);
      if (!selectionSet || inProgress.has(name)) return 0;
      inProgress.add(name);
      const depth = depthOf(selectionSet);
      inProgress.delete(name);
      fragmentDepth.set(name, depth);
      return depth;
    };

    const depthOf = (selectionSet: SelectionSetNode | undefined): number => {
      if (!selectionSet) return 0;
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        let depth: number;
        if (selection.kind === Kind.FIELD) {
          if (INTROSPECTION_ROOTS.has(selection.name.value)) continue;
          depth = 1 + depthOf(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) depth = depthOf(selection.selectionSet);
        else depth = depthOfFragment(selection.name.value);
        if (depth > deepest) deepest = depth;
      }
      return deepest;
    };

    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet);
        if (depth > max) {
          context.reportError(new GraphQLError(`Query too deep: depth ${depth}, limit ${max}`, { nodes: [node] }));
        }
      },
    };
  };
}
