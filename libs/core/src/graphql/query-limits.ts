import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLField,
  GraphQLNamedType,
  GraphQLOutputType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  valueFromASTUntyped,
} from 'graphql';

/** Refuses an operation with more than `max` aliased fields (alias-based amplification). */
export function maxAliasesRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      OperationDefinition: {
        enter: () => {
          aliases = 0;
        },
      },
      Field(node) {
        if (node.alias && ++aliases === max + 1) {
          context.reportError(new GraphQLError(`Too many aliases: at most ${max} per operation`, { nodes: [node] }));
        }
      },
    };
  };
}

/** A connection's edges/nodes are the page its parent's `first` already counted. */
const CONNECTION_LISTS = new Set(['edges', 'nodes']);

const unwrapList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

/**
 * Estimated cost: every field and every fragment spread costs 1, and a list field multiplies the cost of what it selects by
 * its page size (`first`, capped at the page limit) or by `defaultListSize` when it takes none.
 * Computed on the document before execution, fragments included.
 *
 * Linear in the document: each fragment's cost is computed once and memoised, so a spread costs a
 * map lookup. Re-walking a fragment at every spread made `F1{...F0 ...F0} … Fn{...Fn-1 ...Fn-1}`
 * take 2^n steps (one anonymous request froze the API). The figure itself may still be 2^n: it is
 * what execution would resolve, and it is refused.
 */
export function maxCostRule(options: { maxCost: number; maxPageSize: number; defaultListSize: number }): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const fragmentCosts = new Map<string, number>();
    const inProgress = new Set<string>(); // a cycle is reported by NoFragmentCyclesRule; it costs nothing here

    const fragmentCost = (name: string): number => {
      const known = fragmentCosts.get(name);
      if (known !== undefined) return known;
      const fragment = fragments.get(name);
      if (!fragment || inProgress.has(name)) return 0;
      inProgress.add(name);
      const cost = costOf(fragment.selectionSet, context.getSchema().getType(fragment.typeCondition.name.value) ?? undefined);
      inProgress.delete(name);
      fragmentCosts.set(name, cost);
      return cost;
    };

    const costOf = (selectionSet: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined): number => {
      if (!selectionSet || !parent || !isCompositeType(parent)) return 0;
      let cost = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) cost += fieldCost(selection, parent);
        else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const typeName = selection.typeCondition?.name.value;
          cost += costOf(selection.selectionSet, typeName ? (context.getSchema().getType(typeName) ?? parent) : parent);
        } else cost += 1 + fragmentCost(selection.name.value); // a spread counts, so spreads of empty fragments add up
      }
      return cost;
    };

    const fieldCost = (node: FieldNode, parent: GraphQLNamedType): number => {
      if (node.name.value.startsWith('__')) return 0;
      const field: GraphQLField<unknown, unknown> | undefined =
        isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
      if (!field) return 1;
      const childCost = costOf(node.selectionSet, getNamedType(field.type));
      const firstArg = node.arguments?.find((a) => a.name.value === 'first');
      let multiplier = 1;
      if (firstArg) {
        const raw = valueFromASTUntyped(firstArg.value); // a variable reads as undefined: assume the page limit;
        multiplier = Math.min(typeof raw === 'number' && raw > 0 ? raw : options.maxPageSize, options.maxPageSize);
      } else if (unwrapList(field.type) && !CONNECTION_LISTS.has(node.name.value)) multiplier = options.defaultListSize;
      return 1 + multiplier * childCost;
    };

    return {
      OperationDefinition(node) {
        const root =
          node.operation === 'query'
            ? context.getSchema().getQueryType()
            : node.operation === 'mutation'
              ? context.getSchema().getMutationType()
              : context.getSchema().getSubscriptionType();
        const cost = costOf(node.selectionSet, root ?? undefined);
        if (cost > options.maxCost) {
          const shown = Number.isFinite(cost) && cost < Number.MAX_SAFE_INTEGER ? String(cost) : 'more than 2^53';
          context.reportError(new GraphQLError(`Query too costly: estimated ${shown}, limit ${options.maxCost}`, { nodes: [node] }));
        }
      },
    };
  };
}
