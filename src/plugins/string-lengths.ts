import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { BadInputError } from "../errors/errors.js";
import { declaredMaxLength } from "../modules/shared/string-limits.js";

const STRING_TYPES = new Set(["String", "ID"]);

/**
 * One length cap for every string argument: walks the operation's arguments (fragments included) with their
 * values as the executor will see them (literals, variables, defaults) and refuses a String or ID longer than its
 * cap (the field's MaxChars, else `maxNameLength`) with BAD_USER_INPUT before any resolver runs, so no name
 * normalisation, regex or Cypher parameter ever sees a 100 KB name. Linear in the document and the variables.
 */
export function checkStringLengths({
  schema,
  document,
  operation,
  variables,
  maxNameLength,
}: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  maxNameLength: number;
}): void {
  const typeInfo = new TypeInfo(schema);
  const definitions = document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION);
  const fields: string[] = [];
  visit(
    { kind: Kind.DOCUMENT, definitions },
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter: (node) => void fields.push(node.name.value),
        leave: () => void fields.pop(),
      },
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument) return false;
        const value = valueFromAST(node.value, argument.type, variables);
        const cap = declaredMaxLength(argument.extensions) ?? maxNameLength;
        const where = fields.length > 0 ? `${fields[fields.length - 1]}(${argument.name}:)` : argument.name;
        checkValue(value, argument.type, cap, where, maxNameLength);
        return false;
      },
    }),
  );
}

function checkValue(value: unknown, type: GraphQLInputType, cap: number, where: string, nameMax: number): void {
  if (value === null || value === undefined) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return checkValue(value, inner.ofType, cap, where, nameMax);
    value.forEach((item, i) => checkValue(item, inner.ofType, cap, `${where}[${i}]`, nameMax));
    return;
  }
  if (isInputObjectType(inner)) {
    const record = value as Record<string, unknown>;
    for (const field of Object.values(inner.getFields())) {
      const fieldCap = declaredMaxLength(field.extensions) ?? nameMax;
      checkValue(record[field.name], field.type, fieldCap, `${where}.${field.name}`, nameMax);
    }
    return;
  }
  if (STRING_TYPES.has(getNamedType(inner).name) && typeof value === "string" && value.length > cap) {
    throw new BadInputError(`${where} is too long: ${value.length} characters, at most ${cap}.`, {
      argument: where,
      max: cap,
      // Like every BAD_USER_INPUT of an argument (the resolvers' own checks answer 200 too).
      http: { status: 200 },
    });
  }
}
