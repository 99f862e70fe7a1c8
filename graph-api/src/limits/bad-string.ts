// Finds the first string argument (or input field, or list item) of a document that is longer than allowed or is
// not well-formed Unicode (a lone surrogate cannot be stored or sent to Neo4j), walking literals and variables
// against the schema's argument types, fragments included.
// Types are recognised by their tag, not instanceof (as in auth/apply-policy.ts): the schema may have been built
// by graphql's other module format (CJS vs ESM), whose classes are not this module's.
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface StringCaps {
  /** Any String (or custom scalar given as text). */
  readonly string: number;
  /** ID arguments. */
  readonly id: number;
}

export interface BadString {
  /** Where the string sits, e.g. `search`, `input.name`, `capabilityIds`. */
  readonly argument: string;
  readonly problem: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The few shapes of graphql's type classes this walk needs. */
interface AnyType {
  name?: string;
  ofType?: AnyType;
  getFields?: () => Record<string, { type: AnyType; args?: readonly GraphQLArgument[] }>;
}

const tagOf = (type: unknown): string => Object.prototype.toString.call(type);
const isWrapper = (type: AnyType): boolean =>
  tagOf(type) === '[object GraphQLNonNull]' || tagOf(type) === '[object GraphQLList]';
const isList = (type: AnyType): boolean => tagOf(type) === '[object GraphQLList]';
const isInputObject = (type: AnyType): boolean => tagOf(type) === '[object GraphQLInputObjectType]';
const unwrapNonNull = (type: AnyType): AnyType => (tagOf(type) === '[object GraphQLNonNull]' ? type.ofType! : type);
const namedOf = (type: AnyType): AnyType => (isWrapper(type) ? namedOf(type.ofType!) : type);

class Walk {
  found: BadString | null = null;
  private readonly seenFragments = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Readonly<Record<string, unknown>>,
    private readonly caps: StringCaps,
  ) {}

  selections(set: SelectionSetNode | undefined, parent: AnyType | null | undefined): void {
    if (!set || !parent || this.found) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = parent.getFields?.()[selection.name.value];
        if (!field) continue;
        for (const argument of selection.arguments ?? []) {
          const definition = field.args?.find((candidate) => candidate.name === argument.name.value);
          if (definition) this.literal(argument.value, definition.type as unknown as AnyType, argument.name.value);
          if (this.found) return;
        }
        this.selections(selection.selectionSet, namedOf(field.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? (this.schema.getType(selection.typeCondition.name.value) as AnyType | undefined)
          : parent;
        this.selections(selection.selectionSet, condition);
      } else {
        const name = selection.name.value;
        const fragment = this.fragments.get(name);
        if (!fragment || this.seenFragments.has(name)) continue;
        this.seenFragments.add(name);
        this.selections(
          fragment.selectionSet,
          this.schema.getType(fragment.typeCondition.name.value) as AnyType | undefined,
        );
      }
      if (this.found) return;
    }
  }

  /** A value as written in the document; variables are read from the request as given (coercion comes later). */
  private literal(node: ValueNode, type: AnyType, path: string): void {
    if (node.kind === Kind.VARIABLE) return this.value(this.variables[node.name.value], type, path);
    const inner = unwrapNonNull(type);
    if (node.kind === Kind.LIST) {
      const item = isList(inner) ? inner.ofType! : inner;
      for (const value of node.values) if (!this.found) this.literal(value, item, path);
      return;
    }
    if (isList(inner)) return this.literal(node, inner.ofType!, path);
    if (node.kind === Kind.OBJECT && isInputObject(inner)) {
      const fields = inner.getFields!();
      for (const field of node.fields) {
        const definition = fields[field.name.value];
        if (definition && !this.found) this.literal(field.value, definition.type, `${path}.${field.name.value}`);
      }
      return;
    }
    if (node.kind === Kind.STRING) this.string(node.value, inner, path);
  }

  private value(value: unknown, type: AnyType, path: string): void {
    if (value === null || value === undefined || this.found) return;
    const inner = unwrapNonNull(type);
    if (isList(inner)) {
      // A single value where a list is expected is coerced to a list of one: check it as an item.
      for (const item of Array.isArray(value) ? value : [value]) this.value(item, inner.ofType!, path);
      return;
    }
    if (isInputObject(inner)) {
      if (typeof value !== 'object' || Array.isArray(value)) return;
      for (const [name, field] of Object.entries(inner.getFields!()))
        this.value((value as Record<string, unknown>)[name], field.type, `${path}.${name}`);
      return;
    }
    if (typeof value === 'string') this.string(value, inner, path);
  }

  private string(text: string, type: AnyType, path: string): void {
    const max = type.name === 'ID' ? this.caps.id : this.caps.string;
    if (text.length > max) this.found = { argument: path, problem: `must be at most ${max} characters` };
    else if (LONE_SURROGATE.test(text))
      this.found = { argument: path, problem: 'must be well-formed Unicode text (it holds a lone surrogate)' };
  }
}

export function findBadString(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  caps: StringCaps,
): BadString | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const walk = new Walk(schema, fragments, variables ?? {}, caps);
  const roots = {
    query: schema.getQueryType(),
    mutation: schema.getMutationType(),
    subscription: schema.getSubscriptionType(),
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION)
      walk.selections(definition.selectionSet, roots[definition.operation] as AnyType | null | undefined);
    if (walk.found) break;
  }
  return walk.found;
}
