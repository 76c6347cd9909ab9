// Table-driven tests of the two-sentence rules: every example is found, no counterexample yields an asserted relation.
import { DISCOURSE_RULES } from '../../src/extract/rules/discourse.js';
import { describe as show, entityMatches, extractText } from './helpers.js';

describe('discourse rules: examples', () => {
  test.each(DISCOURSE_RULES.flatMap((rule) => rule.examples.map((ex) => [rule.id, ex[0], rule, ex] as const)))('[%s] %s', (_id, text, rule, ex) => {
    const result = extractText(text);
    const hit = result.relations.find((r) => r.type === rule.type && r.status === 'asserted' && entityMatches(result, r.source, ex[1]) && entityMatches(result, r.target, ex[2]));
    expect(hit?.evidence[0]?.ruleId).toBe(rule.id);
    // the evidence spans both sentences, verbatim
    expect(text.slice(hit!.evidence[0]!.start, hit!.evidence[0]!.end)).toBe(hit!.evidence[0]!.sentence);
  });
});

describe('discourse rules: counterexamples', () => {
  test.each(DISCOURSE_RULES.flatMap((rule) => (rule.counterexamples ?? []).map((text) => [rule.id, text, rule] as const)))('[%s] %s', (_id, text, rule) => {
    const result = extractText(text);
    expect(result.relations.filter((r) => r.type === rule.type && r.status === 'asserted').map((r) => show(result, r))).toEqual([]);
  });
});
