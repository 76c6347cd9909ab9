// Example 1: extract the entities and relations of one article, in code.
import { extract } from 'newsgraph';

const text = 'Secretary of State Antony Blinken arrived in Beijing on Sunday. Mr Blinken held talks with Foreign Minister Qin Gang. He is expected to meet President Xi Jinping on Monday.';
const result = extract(text, { docId: 'example.txt', date: '2023-06-18' });
for (const r of result.relations) {
  const name = (key: string): string => result.entities.find((e) => e.key === key)?.name ?? key;
  console.log(`${r.type} ${r.status}: ${name(r.source)} → ${name(r.target)}${r.when ? ` (${r.when})` : ''}`);
}
