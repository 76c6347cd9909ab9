// Table-driven tests: every example and counterexample of every relation, status and boilerplate rule.
import { RELATION_RULES } from '../../src/extract/rules/relations.js';
import { STATUS_RULES } from '../../src/extract/rules/status.js';
import { BOILERPLATE_RULES, boilerplateRuleFor } from '../../src/extract/rules/boilerplate.js';
import { SYMMETRIC_RELATIONS } from '../../src/types.js';
import { describe as show, entityMatches, extractText } from './helpers.js';

const examples = RELATION_RULES.flatMap((rule) => rule.examples.map((ex) => ({ rule, sentence: ex[0], source: ex[1], target: ex[2], status: ex[3] ?? 'asserted' })));
const counterexamples = RELATION_RULES.flatMap((rule) => (rule.counterexamples ?? []).map((sentence) => ({ rule, sentence })));

describe('relation rules: examples', () => {
  test.each(examples.map((e) => [e.rule.id, e.sentence, e]))('[%s] %s', (_id, _sentence, e) => {
    const result = extractText(e.sentence);
    const hits = result.relations.filter((r) => {
      if (r.type !== e.rule.type && !(e.rule.type === 'MET_WITH' && r.type === 'SPOKE_WITH')) return false;
      const forward = entityMatches(result, r.source, e.source) && entityMatches(result, r.target, e.target);
      const backward = SYMMETRIC_RELATIONS.has(r.type) && entityMatches(result, r.source, e.target) && entityMatches(result, r.target, e.source);
      return forward || backward;
    });
    const found = hits.map((r) => show(result, r));
    expect({ rule: e.rule.id, found: hits.some((r) => r.status === e.status && r.type === e.rule.type) }).toEqual({ rule: e.rule.id, found: true });
    void found;
  });
});

describe('relation rules: counterexamples yield no asserted relation of the rule type', () => {
  test.each(counterexamples.map((c) => [c.rule.id, c.sentence, c]))('[%s] %s', (_id, _sentence, c) => {
    const result = extractText(c.sentence);
    const asserted = result.relations.filter((r) => r.type === c.rule.type && r.status === 'asserted').map((r) => show(result, r));
    expect(asserted).toEqual([]);
  });
});

describe('status rules', () => {
  test.each(STATUS_RULES.flatMap((rule) => rule.examples.map((ex) => [rule.id, ex, rule] as const)))('[%s] matches "%s"', (_id, example, rule) => {
    expect(rule.pattern.test(example)).toBe(true);
  });
});

describe('boilerplate rules', () => {
  test.each(BOILERPLATE_RULES.flatMap((rule) => rule.examples.map((ex) => [rule.id, ex] as const)))('[%s] "%s" is boilerplate', (_id, line) => {
    expect(boilerplateRuleFor(line)).not.toBeNull();
  });
  test.each([
    'US Secretary of State Antony Blinken held talks with Foreign Minister Qin Gang in Beijing on Sunday.',
    'The Prime Minister said the photo showed nothing new.',
    'By the end of the day, the two men had met three times.',
    'Published reports said the minister had resigned.',
  ])('content line "%s" is kept', (line) => {
    expect(boilerplateRuleFor(line)).toBeNull();
  });
});

test('every rule id is unique and every rule has an example', () => {
  const ids = RELATION_RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const r of RELATION_RULES) expect(r.examples.length).toBeGreaterThan(0);
});
