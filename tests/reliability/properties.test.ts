// Property tests: extraction terminates on any text with well-formed output; the graph does not depend on document order.
import fc from 'fast-check';
import { extract } from '../../src/extract/api.js';
import { createExtractionContext } from '../../src/extract/index.js';
import { buildGraph, type InputDocument } from '../../src/build.js';
import { serializeGraph } from '../../src/graph/io.js';

const context = createExtractionContext();
const newsy = fc.array(fc.oneof(
  fc.constantFrom('President Joe Biden', 'Mr Biden', 'met', 'held talks with', 'Foreign Minister Wang Yi', 'Wang', 'arrived in', 'Beijing', 'China', 'will visit', 'refused to meet', 'Li Shangfu', 'rebuffed a request from', 'Lloyd Austin', '.', ',', '"', '\n', "'s", 'Secretary of State', 'and', 'He'),
  fc.string({ maxLength: 12 }),
), { maxLength: 60 }).map((parts) => parts.join(' '));

test('property: for any text, extract returns within a bound, offsets inside the text, evidence equal to the text slice', () => {
  fc.assert(fc.property(fc.oneof(newsy, fc.string({ unit: 'binary', maxLength: 2000 })), (text) => {
    const started = Date.now();
    const result = extract(text, { docId: 'p.txt', context });
    expect(Date.now() - started).toBeLessThan(2000);
    const normalized = text.replace(/\r\n?/g, '\n');
    for (const m of result.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(normalized.length);
      expect(normalized.slice(m.start, m.end)).toBe(m.text);
    }
    for (const r of result.relations) for (const e of r.evidence) {
      expect(normalized.slice(e.start, e.end)).toBe(e.sentence);
      if (e.trigger) expect(e.trigger.start >= e.start && e.trigger.end <= e.end).toBe(true);
    }
    const keys = new Set(result.entities.map((e) => e.key));
    for (const r of result.relations) expect(keys.has(r.source) && keys.has(r.target)).toBe(true);
  }), { numRuns: 300 });
});

test('property: shuffling the documents gives the same graph (alias resolution is order-independent)', async () => {
  const docs: InputDocument[] = [
    { id: 'a.txt', text: 'Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing.' },
    { id: 'b.txt', text: 'Mr Blinken later travelled to Tokyo. Wang then met Chinese leader Xi Jinping.' },
    { id: 'c.txt', text: 'CIA Director Bill Burns visited Cairo. William Burns met Abbas Kamel.' },
    { id: 'd.txt', text: "China's defence minister rebuffed a request from Lloyd Austin. Chinese Defense Minister Li Shangfu spoke." },
    { id: 'e.txt', text: 'Burns and Blinken flew to Paris.' },
  ];
  const reference = serializeGraph((await buildGraph(docs, { context })).graph);
  await fc.assert(fc.asyncProperty(fc.shuffledSubarray(docs, { minLength: docs.length }), async (shuffled) => {
    expect(serializeGraph((await buildGraph(shuffled, { context })).graph)).toBe(reference);
  }), { numRuns: 25 });
});
