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
 * Estimated cost: every field costs 1, and a list field multiplies the cost of what it selects by
 * its page size (`first`, capped at the page limit) or by `defaultListSize` when it takes none.
 * Computed on the document before execution, fragments included.
 */
export function maxCostRule(options: { maxCost: number; maxPageSize: number; defaultListSize: number }): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

    const costOf = (selectionSet: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined, seen: Set<string>): number => {
      if (!selectionSet || !parent || !isCompositeType(parent)) return 0;
      let cost = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) cost += fieldCost(selection, parent, seen);
        else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const typeName = selection.typeCondition?.name.value;
          cost += costOf(selection.selectionSet, typeName ? (context.getSchema().getType(typeName) ?? parent) : parent, seen);
        } else if (!seen.has(selection.name.value)) {
          const fragment = fragments.get(selection.name.value);
          if (fragment) {
            const type = context.getSchema().getType(fragment.typeCondition.name.value);
            cost += costOf(fragment.selectionSet, type, new Set(seen).add(selection.name.value));
          }
        }
      }
      return cost;
    };

    const fieldCost = (node: FieldNode, parent: GraphQLNamedType, seen: Set<string>): number => {
      if (node.name.value.startsWith('__')) return 0;
      const field: GraphQLField<unknown, unknown> | undefined =
        isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
      if (!field) return 1;
      const childCost = costOf(node.selectionSet, getNamedType(field.type), seen);
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
        const cost = costOf(node.selectionSet, root ?? undefined, new Set());
        if (cost > options.maxCost) {
          context.reportError(new GraphQLError(`Query too costly: estimated ${cost}, limit ${options.maxCost}`, { nodes: [node] }));
        }
      },
    };
  };
}
