// The import graph of the crate's modules, read from the source: one node per module file under
// src/ (src/a/b.rs and src/a/b/mod.rs are `a::b`), an edge A -> B when A's code (not its tests
// and not its comments) names an item of B: in a `use`, a `crate::`, `super::` or `self::` path,
// or a path through a child module. A path to a parent module's re-export (`super::Severity`
// where the parent says `pub use issue::Severity`) counts as naming the module that defines the
// item. Declaring a child (`mod x;`) is containment, not an import.
//
// `node tests/architecture/module-graph.mjs` prints every circle (nothing when there is none).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The module path (`a::b`, '' for the crate root) of each .rs file under `srcDir`. */
function moduleFiles(srcDir) {
  const files = new Map();
  const visit = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        visit(path);
      } else if (name.endsWith('.rs')) {
        const parts = relative(srcDir, path).slice(0, -3).split(sep);
        if (parts.at(-1) === 'mod' || (parts.length === 1 && parts[0] === 'lib')) parts.pop();
        files.set(parts.join('::'), path);
      }
    }
  };
  visit(srcDir);
  return files;
}

/** `text` without comments, string and char literals, and `#[cfg(test)]` items. */
function codeOnly(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i, i + 2);
    if (rest === '//') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (rest === '/*') {
      let depth = 0;
      do {
        if (text.startsWith('/*', i)) depth++, (i += 2);
        else if (text.startsWith('*/', i)) depth--, (i += 2);
        else i++;
      } while (depth > 0 && i < text.length);
    } else if (/^r#*"/.test(text.slice(i, i + 8)) && !/\w/.test(text[i - 1] ?? '')) {
      const hashes = text.slice(i + 1).match(/^#*/)[0];
      const end = text.indexOf(`"${hashes}`, i + 2 + hashes.length);
      i = end < 0 ? text.length : end + 1 + hashes.length;
      out += '""';
    } else if (text[i] === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      out += '""';
    } else if (text[i] === "'" && /^'(\\.[^']*|[^\\'])'/.test(text.slice(i, i + 12))) {
      i = text.indexOf("'", i + 2) + 1;
      out += "' '";
    } else {
      out += text[i++];
    }
  }
  return withoutTestItems(out);
}

/** `code` without the items (a block or a `mod x;`) that follow each `#[cfg(test)]`. */
function withoutTestItems(code) {
  let out = code;
  for (;;) {
    const at = out.indexOf('#[cfg(test)]');
    if (at < 0) return out;
    let i = at + '#[cfg(test)]'.length;
    while (i < out.length && out[i] !== '{' && out[i] !== ';') i++;
    if (out[i] === '{') {
      let depth = 0;
      do {
        if (out[i] === '{') depth++;
        else if (out[i] === '}') depth--;
        i++;
      } while (depth > 0 && i < out.length);
    } else {
      i++;
    }
    out = out.slice(0, at) + out.slice(i);
  }
}

const TOKEN = /\$?[A-Za-z_][A-Za-z0-9_]*|::|[{},*;]|\S/g;

/** Every path `code` names, as arrays of segments; `use` trees expanded (`a::{b, c::d}`). */
function pathsIn(code) {
  const tokens = code.match(TOKEN) ?? [];
  const paths = [];
  const isIdent = (t) => t !== undefined && /^\$?[A-Za-z_]/.test(t);
  // A use tree starting at tokens[i] with `prefix` before it; returns the index after it.
  const useTree = (i, prefix, reexports) => {
    if (tokens[i] === '{') {
      i++;
      while (i < tokens.length && tokens[i] !== '}') {
        i = useTree(i, prefix, reexports);
        if (tokens[i] === ',') i++;
      }
      return i + 1;
    }
    const path = [...prefix];
    while (isIdent(tokens[i]) || tokens[i] === '*') {
      path.push(tokens[i]);
      i++;
      if (tokens[i] !== '::') break;
      i++;
      if (tokens[i] === '{') return useTree(i, path, reexports);
    }
    let name = path.at(-1);
    if (tokens[i] === 'as') {
      name = tokens[i + 1];
      i += 2;
    }
    paths.push(path);
    reexports?.push({ name, path });
    return i;
  };
  const reexports = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'use' && tokens[i - 1] !== '::') {
      const isPub = tokens.slice(Math.max(0, i - 4), i).includes('pub');
      i = useTree(i + 1, [], isPub ? reexports : undefined) - 1;
    } else if (isIdent(tokens[i]) && tokens[i + 1] === '::' && tokens[i - 1] !== '::') {
      const path = [tokens[i]];
      let j = i + 1;
      while (tokens[j] === '::' && isIdent(tokens[j + 1])) {
        path.push(tokens[j + 1]);
        j += 2;
      }
      if (tokens[j] === '::' && tokens[j + 1] === '{') {
        useTree(j + 1, path);
      } else {
        paths.push(path);
      }
      i = j - 1;
    }
  }
  return { paths, reexports };
}

/** The import graph of the crate in `srcDir`: Map module -> Set of modules it imports. */
export function moduleGraph(srcDir) {
  const files = moduleFiles(srcDir);
  // Modules declared under `#[cfg(test)]` (and their children) are tests, not the crate.
  for (const [module, path] of [...files]) {
    for (const [, child] of readFileSync(path, 'utf8').matchAll(/#\[cfg\(test\)\]\s*(?:pub(?:\([a-z]+\))? )?mod (\w+);/g)) {
      const test = module ? `${module}::${child}` : child;
      for (const other of [...files.keys()]) if (other === test || other.startsWith(`${test}::`)) files.delete(other);
    }
  }
  const modules = new Set(files.keys());
  const parsed = new Map([...files].map(([module, path]) => [module, pathsIn(codeOnly(readFileSync(path, 'utf8')))]));
  const join2 = (a, b) => (a ? `${a}::${b}` : b);
  const parentOf = (m) => m.split('::').slice(0, -1).join('::');

  // The module a path names, seen from `from`; `seen` bounds re-export chains.
  const resolve = (from, path, seen = new Set()) => {
    let at;
    let i = 0;
    const first = path[0];
    if (first === 'crate' || first === '$crate') (at = ''), (i = 1);
    else if (first === 'self') (at = from), (i = 1);
    else if (first === 'super') {
      at = from;
      while (path[i] === 'super') (at = parentOf(at)), i++;
    } else if (modules.has(join2(from, first))) at = from;
    else return undefined;
    while (i < path.length && modules.has(join2(at, path[i]))) at = join2(at, path[i++]);
    if (i < path.length && path[i] !== '*') {
      const key = `${at}::${path[i]}`;
      const reexport = parsed.get(at)?.reexports.find((r) => r.name === path[i]);
      if (reexport && !seen.has(key)) {
        seen.add(key);
        return resolve(at, [...reexport.path, ...path.slice(i + 1)], seen) ?? at;
      }
    }
    return at;
  };

  const graph = new Map();
  for (const [module, { paths }] of parsed) {
    const targets = new Set();
    for (const path of paths) {
      const target = resolve(module, path);
      if (target !== undefined && target !== module) targets.add(target);
    }
    graph.set(module, targets);
  }
  return graph;
}

/** Every circle of `graph` (strongly connected components with more than one module), each
 * as a sorted list of module names, with one circle path through it. */
export function circles(graph) {
  let index = 0;
  const stack = [];
  const info = new Map();
  const found = [];
  const connect = (v) => {
    info.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!info.has(w)) {
        connect(w);
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
      } else if (info.get(w).onStack) {
        info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
      }
    }
    if (info.get(v).low === info.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        info.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!info.has(v)) connect(v);
  return found.map((members) => ({ members, path: circlePath(graph, members) }));
}

// One circle through the first module of a component, by breadth-first search.
function circlePath(graph, members) {
  const inside = new Set(members);
  const start = members[0];
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    for (const w of graph.get(v) ?? []) {
      if (w === start) {
        const path = [start];
        for (let u = v; u !== start; u = previous.get(u)) path.splice(1, 0, u);
        return [...path, start];
      }
      if (inside.has(w) && !previous.has(w)) previous.set(w, v), queue.push(w);
    }
  }
  return members;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const graph = moduleGraph(new URL('../../src', import.meta.url).pathname);
  if (process.argv.includes('--edges')) {
    for (const [module, targets] of graph) console.log(`${module || 'crate'} -> ${[...targets].join(', ')}`);
  }
  for (const { members, path } of circles(graph)) {
    console.log(`${path.map((m) => m || 'crate').join(' -> ')}   (circle of: ${members.join(', ')})`);
  }
}
