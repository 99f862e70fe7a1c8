// Converts driver values (Integer, temporal types, nodes, relationships) to plain JS once, at the edge.
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans (most values) pass as they are, without the driver's eight type checks each.
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) {
    const integer = value as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return integer.inSafeRange() ? integer.toNumber() : integer.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
    return toPlain((value as { properties: Record<string, unknown> }).properties);
  }
  if (typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) result[key] = toPlain(entry);
    return result;
  }
  return value;
}
