// Exact comparison of JSON data: what `JSON.parse` gives, member order and -0 included.
// `assert.deepStrictEqual` ignores key order and treats some values loosely; this does not.

/** The first difference between `actual` and `expected` as `"<path>: <what>"`, or null if they are identical. */
export function exactDifference(actual, expected, path = "") {
  if (typeof actual !== typeof expected) return `${path}: ${typeof actual} instead of ${typeof expected}`;
  if (expected === null || typeof expected !== "object") {
    return Object.is(actual, expected) ? null : `${path}: ${describe(actual)} instead of ${describe(expected)}`;
  }
  if (actual === null) return `${path}: null instead of an object`;
  if (Array.isArray(actual) !== Array.isArray(expected)) return `${path}: array and object mixed up`;
  if (Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) return `${path}: another prototype`;
  const actualKeys = Object.keys(actual);
  const expectedKeys = Object.keys(expected);
  if (actualKeys.length !== expectedKeys.length || actualKeys.some((k, i) => k !== expectedKeys[i])) {
    return `${path}: keys ${JSON.stringify(actualKeys)} instead of ${JSON.stringify(expectedKeys)}`;
  }
  for (const key of expectedKeys) {
    const difference = exactDifference(actual[key], expected[key], `${path}/${key}`);
    if (difference) return difference;
  }
  return null;
}

function describe(value) {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  return JSON.stringify(value) ?? String(value);
}
