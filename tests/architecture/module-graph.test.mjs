// Layers point down: no two modules of src/ import each other, directly or around a circle
// (module-graph.mjs says what counts as an import).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { circles, moduleGraph } from './module-graph.mjs';

const SRC = new URL('../../src', import.meta.url).pathname;

test('no module of src/ imports another that imports it back, directly or around a circle', () => {
  const found = circles(moduleGraph(SRC)).map(({ path }) => path.join(' -> '));
  assert.deepEqual(found, []);
});

test('the layers named in the guide point down', () => {
  const graph = moduleGraph(SRC);
  const imports = (from, to) => [...graph.get(from)].some((m) => m === to || m.startsWith(`${to}::`));
  assert.ok(graph.get('validate::walk').has('validate::text_rules'), 'the walk calls the rule files');
  for (const rules of ['metadata', 'token_provider', 'text_rules', 'pay', 'contact']) {
    assert.ok(!imports(`validate::${rules}`, 'validate::walk'), `validate::${rules} imports the walk`);
  }
  assert.ok(!imports('url', 'validate'), 'url.rs takes something from validate');
  for (const [from, to] of [['model', 'validate'], ['validate', 'client'], ['client', 'wasm'], ['error', 'client'], ['builder', 'client']]) {
    for (const module of graph.keys()) {
      if (module === from || module.startsWith(`${from}::`)) assert.ok(!imports(module, to), `${module} imports ${to}`);
    }
  }
});

test('the checker finds circles through use trees, paths, super:: and parent re-exports, and skips tests and comments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'module-graph-'));
  const write = (path, text) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  try {
    write('lib.rs', 'mod a;\nmod b;\nmod c;\nmod d;\n#[cfg(test)]\nmod tests;\n');
    // a -> b by a nested use tree, b -> a by a plain use.
    write('a.rs', 'use crate::{b::{Other, More}};\npub struct Thing;\n');
    write('c.rs', 'fn f() -> crate::d::X { todo!() }\n// crate::a::Thing in a comment\nconst S: &str = "crate::a";\n');
    write('d/mod.rs', 'mod inner;\npub use inner::X;\nfn g(_: super::a::Thing) {}\n');
    write('d/inner.rs', 'pub struct X;\n#[cfg(test)]\nmod tests {\n    use crate::c::f;\n}\n');
    write('tests.rs', 'use crate::a::Thing;\nuse crate::c;\n');
    write('b.rs', 'use crate::a::Thing;\npub struct Other;\npub struct More;\n');
    const graph = moduleGraph(dir);
    assert.deepEqual([...graph.get('a')], ['b']);
    assert.deepEqual([...graph.get('b')], ['a']);
    assert.deepEqual([...graph.get('c')], ['d::inner'], 'a path through a re-export names the defining module');
    assert.deepEqual([...graph.get('d::inner')], [], 'test items are not imports');
    assert.deepEqual([...graph.get('d')].sort(), ['a', 'd::inner'], 'super:: paths and re-exports are imports');
    assert.ok(!graph.has('tests'), 'a module declared under #[cfg(test)] is not part of the graph');
    assert.deepEqual(circles(graph).map(({ path }) => path), [['a', 'b', 'a']]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
