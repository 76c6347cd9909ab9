// The Cypher script: every string literal parses back to its value and no input escapes a literal (statement shapes are fixed).
import path from 'node:path';
import fc from 'fast-check';
import { buildGraph } from '../../../src/build.js';
import { cypherScript, cypherString } from '../../../src/graph/export/cypher.js';
import { createGraph, type KnowledgeGraph } from '../../../src/graph/model.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../src/types.js';

let seeds: KnowledgeGraph;
beforeAll(async () => {
  seeds = (await buildGraph([path.resolve(import.meta.dirname, '../../../seeds')])).graph;
});

/** Reads one single-quoted Cypher string literal at `at` (Cypher's escapes), returning its value and where it ends. */
function readLiteral(text: string, at: number): { value: string; end: number } {
  if (text[at] !== "'") throw new Error(`no literal at ${at}`);
  const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  let value = '';
  let i = at + 1;
  for (;;) {
    const ch = text[i];
    if (ch === undefined) throw new Error('unterminated literal');
    if (ch === "'") return { value, end: i + 1 };
    if (ch !== '\\') {
      value += ch;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Error(`bad \\u escape at ${i}`);
      value += String.fromCharCode(parseInt(hex, 16));
      i += 6;
    } else if (next !== undefined && simple[next] !== undefined) {
      value += simple[next];
      i += 2;
    } else throw new Error(`bad escape \\${next}`);
  }
}

/** A statement with every string literal replaced by `$`, and the literals' values in order. */
function skeleton(statement: string): { shape: string; literals: string[] } {
  let shape = '';
  const literals: string[] = [];
  for (let i = 0; i < statement.length; ) {
    if (statement[i] === "'") {
      const literal = readLiteral(statement, i);
      literals.push(literal.value);
      shape += '$';
      i = literal.end;
    } else {
      shape += statement[i];
      i++;
    }
  }
  return { shape, literals };
}

const LABEL = `(?:${ENTITY_TYPES.join('|')})`;
const LIST = String.raw`\[(?:\$(?:, \$)*)?\]`;
const SHAPES: RegExp[] = [
  new RegExp(String.raw`^CREATE CONSTRAINT [a-z]+_id IF NOT EXISTS FOR \(n:(?:${LABEL}|Article)\) REQUIRE n\.id IS UNIQUE;\n$`),
  new RegExp(String.raw`^MERGE \(n:${LABEL} \{id: \$\}\) SET n\.\`name\` = \$, n\.\`aliases\` = ${LIST}, n\.\`roles\` = ${LIST}, n\.\`mentions\` = \d+, n\.\`docs\` = ${LIST};\n$`),
  /^MERGE \(n:Article \{id: \$\}\) SET n\.`title` = (?:\$|null), n\.`date` = (?:\$|null);\n$/,
  new RegExp(
    String.raw`^MATCH \(a:${LABEL} \{id: \$\}\), \(b:${LABEL} \{id: \$\}\) MERGE \(a\)-\[r:(?:${RELATION_TYPES.join('|')}) \{key: \$\}\]->\(b\) ` +
      String.raw`SET r\.\`status\` = \$, r\.\`asserted\` = (?:true|false), r\.\`symmetric\` = (?:true|false), r\.\`when\` = (?:\$|null), r\.\`where\` = (?:\$|null), ` +
      String.raw`r\.\`confidence\` = [0-9.e-]+, r\.\`evidence_count\` = \d+, r\.\`evidence_first\` = \$, r\.\`rule_ids\` = ${LIST}, r\.\`docs\` = ${LIST}, r\.\`evidence\` = \$;\n$`,
  ),
  new RegExp(String.raw`^MATCH \(d:Article \{id: \$\}\), \(n:${LABEL} \{id: \$\}\) MERGE \(d\)-\[:MENTIONS\]->\(n\);\n$`),
];

/** Checks every statement's shape and returns the literals of each. */
function literalsOf(graph: KnowledgeGraph): string[][] {
  return [...cypherScript(graph)].map((statement) => {
    const { shape, literals } = skeleton(statement);
    if (!SHAPES.some((re) => re.test(shape))) throw new Error(`unexpected statement shape: ${JSON.stringify(shape)}`);
    return literals;
  });
}

const INJECTIONS = ["'}) DETACH DELETE n //", "\\'}) DETACH DELETE n //", "'; MATCH (n) DETACH DELETE n; //", '\\', "\\\\'", '`) DELETE n //', '"}) RETURN 1 //', '\n;\n', '/* */', '\u0000', '\uD800', '😀'];

test('cypherString: injection strings stay inside one literal that parses back to them', () => {
  for (const value of INJECTIONS) {
    const literal = cypherString(value);
    expect(readLiteral(literal, 0)).toEqual({ value, end: literal.length });
  }
  expect(cypherString("'}) DETACH DELETE n //")).toBe("'\\'}) DETACH DELETE n //'");
});

test('property: every string literal parses back to the original (any code points, controls, lone surrogates)', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'binary-ascii', maxLength: 200 }), fc.constantFrom(...INJECTIONS)), (value) => {
      const literal = cypherString(value);
      expect(readLiteral(literal, 0)).toEqual({ value, end: literal.length });
    }),
    { numRuns: 500 },
  );
});

test('the seeds script: constraints first, statements of fixed shapes only, literals carrying the graph values', () => {
  const statements = [...cypherScript(seeds)];
  const constraints = statements.filter((s) => s.startsWith('CREATE CONSTRAINT'));
  expect(constraints).toHaveLength(ENTITY_TYPES.length + 1);
  expect(statements.slice(0, constraints.length)).toEqual(constraints);
  expect(statements[0]).toBe('CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;\n');
  const literals = literalsOf(seeds);
  expect(statements.filter((s) => s.includes('-[r:'))).toHaveLength(seeds.size);
  expect(statements.filter((s) => s.startsWith('MERGE (n:') && !s.startsWith('MERGE (n:Article'))).toHaveLength(seeds.order);
  const blinken = seeds.getNodeAttributes('person:antony-blinken');
  expect(literals).toContainEqual(['person:antony-blinken', blinken.name, ...blinken.aliases, ...blinken.roles, ...blinken.docs]);
  const edge = seeds.edges()[0]!;
  const a = seeds.getEdgeAttributes(edge);
  const row = literals.find((l) => l[2] === edge)!;
  expect(row.slice(0, 4)).toEqual([seeds.source(edge), seeds.target(edge), edge, a.status]);
  expect(JSON.parse(row[row.length - 1]!)).toEqual(a.evidence);
});

const hostileChar = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom(...INJECTIONS, "'", '\\', '"', '`', '{', '}', ';', '\r', '\t'));
const hostile = fc.array(hostileChar, { maxLength: 30 }).map((parts) => parts.join(''));

test('property: hostile keys, names, lists and evidence never change a statement\'s shape and come back verbatim', () => {
  fc.assert(
    fc.property(hostile, hostile, hostile, hostile, (key, name, alias, sentence) => {
      const graph = createGraph([{ id: key, date: null, title: name, chars: 1, hash: 'h' }]);
      graph.addNode(`p${key}`, { name, type: 'Person', aliases: [alias, name], roles: [alias], mentions: 2, docs: [key] });
      graph.addNode(`o${key}`, { name: alias, type: 'Organization', aliases: [], roles: [], mentions: 1, docs: [] });
      const evidence = [{ doc: key, sentence, start: 0, end: 1, ruleId: alias }];
      graph.addDirectedEdgeWithKey(`e${key}`, `p${key}`, `o${key}`, { type: 'REBUFFED', status: 'refused', when: sentence, where: null, confidence: 0.7, evidence });
      const literals = literalsOf(graph);
      expect(literals).toContainEqual([`p${key}`, name, alias, name, alias, key]);
      expect(literals).toContainEqual([`o${key}`, alias]);
      expect(literals).toContainEqual([key, name]);
      expect(literals).toContainEqual([`p${key}`, `o${key}`, `e${key}`, 'refused', sentence, sentence, alias, key, JSON.stringify(evidence)]);
      expect(literals).toContainEqual([key, `p${key}`]);
    }),
    { numRuns: 300 },
  );
});
