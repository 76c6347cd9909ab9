// Example 3: build from an async iterable of documents (a crawler, a queue) and export GraphML.
import { buildGraph, toGraphML, type InputDocument } from 'newsgraph';

async function* crawl(): AsyncGenerator<InputDocument> {
  yield { id: 'a.txt', date: '2024-03-11', text: 'President Emmanuel Macron landed in Lagos on Tuesday and held talks with President Bola Tinubu.' };
  yield { id: 'b.txt', date: '2024-03-12', text: 'Russian President Vladimir Putin turned down an invitation from Turkish President Recep Tayyip Erdogan to attend the talks.' };
}

const { graph } = await buildGraph(crawl(), { onProgress: (p) => console.error(`extracted ${p.doc}`) });
const xml = toGraphML(graph);
console.log(xml.split('\n').filter((line: string) => line.includes('<edge ')).join('\n'));
