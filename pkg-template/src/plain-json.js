// Fast path of the wasm boundary: a request made only of plain JSON data crosses into wasm as ONE
// string (native JSON.stringify) instead of value by value through imported JS functions.
// Anything else (BigInt, Symbol, functions, Date/Map/class instances, NaN/Infinity, cycles,
// deeper or larger than the careful path's limits (array holes and `undefined` items count), throwing
// getters or proxies) returns null: the caller then takes the careful path, which reports each
// such value at its path. Strings holding a lone surrogate pass here: JSON.stringify writes them
// as `\ud800` escapes, which serde_json refuses, so they too end on the careful path.
// The limits are the careful path's own (src/wasm/convert.rs), read once from the wasm module.
import { callWasm } from "./runtime.js";

let MAX_DEPTH;
let MAX_NODES;

/** `JSON.stringify(input)` if `input` is an object or array of plain JSON data within the limits, else `null`. */
export function plainJsonText(input) {
  if (input === null || typeof input !== "object") return null;
  if (MAX_NODES === undefined) [MAX_DEPTH, MAX_NODES] = callWasm((glue) => glue.jsonLimits());
  try {
    if (!isPlain(input, 0, { nodes: 0 })) return null;
    const text = JSON.stringify(input);
    return typeof text === "string" ? text : null;
  } catch {
    return null;
  }
}

function isPlain(value, depth, budget) {
  if (++budget.nodes > MAX_NODES) return false;
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value);
    case "object":
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (depth >= MAX_DEPTH) return false; // also ends cycles
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return false;
    const length = value.length;
    // Every index counts toward the limit, so a huge (or huge reported) length ends here.
    if (!(length <= MAX_NODES - budget.nodes)) return false;
    for (let i = 0; i < length; i++) {
      const item = value[i];
      // A hole or `undefined` in an array is `null` on both paths, and one value.
      if (item === undefined) budget.nodes++;
      else if (!isPlain(item, depth + 1, budget)) return false;
    }
    return budget.nodes <= MAX_NODES;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const keys = Object.keys(value);
  if (keys.length > MAX_NODES - budget.nodes) return false;
  for (let i = 0; i < keys.length; i++) {
    const item = value[keys[i]];
    // An `undefined` property is absent on both paths.
    if (item !== undefined && !isPlain(item, depth + 1, budget)) return false;
  }
  return true;
}
