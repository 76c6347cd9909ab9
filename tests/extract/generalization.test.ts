// Extraction on short articles of our own wording: other people, countries and verbs than the seeds.
import { describe as show, extractText } from './helpers.js';

interface Case {
  text: string;
  /** Relations that must be found, as `TYPE status Source -> Target` (canonical names). */
  expect: string[];
  /** Relations that must not be found (same form). */
  reject?: string[];
}

const CASES: Case[] = [
  { text: 'President Ana Ruiz had arrived on Sunday, landing at the new Tocumen Airport, and visited the border city of Colon a day earlier.',
    expect: ['VISITED asserted Ana Ruiz -> Colon', 'VISITED asserted Ana Ruiz -> Tocumen Airport'] },
  { text: "Premier Ida Holm met Jordan's King Abdullah in Amman.",
    expect: ['MET_WITH asserted Abdullah -> Ida Holm'], reject: ['MET_WITH asserted Ida Holm -> Jordan'] },
  { text: 'Indian Prime Minister Ravi Rao met German Chancellor Ute Brenner in New Delhi. U.S. envoy Ann Tate met Chinese Premier Li Wen in Beijing.',
    expect: ['VISITED asserted Ann Tate -> Beijing'], reject: ['VISITED asserted Ravi Rao -> New Delhi', 'VISITED asserted Li Wen -> Beijing'] },
  { text: "King Olav met Lena Marsh's daughter, Ada Marsh, at the park. Premier Ida Holm met President Ana Ruiz's chief of staff.",
    expect: ['MET_WITH asserted Ada Marsh -> Olav'], reject: ['MET_WITH asserted Lena Marsh -> Olav', 'MET_WITH asserted Ana Ruiz -> Ida Holm'] },
  { text: 'Premier Ida Holm will meet President Ana Ruiz on Monday and Chancellor Ute Brenner on Tuesday. Trade Minister Lars Beck, who is travelling with Holm, met Finance Minister Eva Lund in Porto.',
    expect: ['MET_WITH planned Ana Ruiz -> Ida Holm', 'MET_WITH planned Ida Holm -> Ute Brenner', 'MET_WITH asserted Eva Lund -> Lars Beck'],
    reject: ['MET_WITH asserted Ida Holm -> Lars Beck', 'MET_WITH asserted Eva Lund -> Ida Holm'] },
  { text: 'Foreign Minister Ida Holm is due in Lima in April. President Ana Ruiz, meanwhile, is in Quito and will stop over in Bogota on her way home.',
    expect: ['VISITED planned Ida Holm -> Lima', 'VISITED asserted Ana Ruiz -> Quito', 'VISITED planned Ana Ruiz -> Bogota'], reject: ['VISITED asserted Ida Holm -> Lima'] },
  { text: 'Premier Ida Holm met President Ana Ruiz on the sidelines of the NATO summit in Vilnius. Holm and Chancellor Ute Brenner held a brief conversation on the margins of the summit.',
    expect: ['MET_WITH asserted Ana Ruiz -> Ida Holm', 'VISITED asserted Ida Holm -> Vilnius', 'MET_WITH asserted Ida Holm -> Ute Brenner'] },
  { text: 'Premier Ida Holm and Chancellor Ute Brenner held a phone conversation on Monday.',
    expect: ['SPOKE_WITH asserted Ida Holm -> Ute Brenner'], reject: ['MET_WITH asserted Ida Holm -> Ute Brenner'] },
  { text: 'Chancellor Ute Brenner and her Dutch counterpart Pieter Smit arrived in Oslo on Thursday.',
    expect: ['VISITED asserted Ute Brenner -> Oslo', 'VISITED asserted Pieter Smit -> Oslo'] },
  { text: "Norway's foreign minister, Ida Holm, met her Danish counterpart Lars Beck in Riga on Friday.",
    expect: ['MET_WITH asserted Ida Holm -> Lars Beck'] },
  { text: 'Premier Ida Holm turned down an invitation from President Ana Ruiz to visit Madrid.',
    expect: ['REBUFFED asserted Ida Holm -> Ana Ruiz'], reject: ['VISITED planned Ana Ruiz -> Madrid'] },
  { text: 'Chancellor Ute Brenner and Premier Ida Holm spoke by phone on Friday. Brenner said she had spoken by phone with President Ana Ruiz too.',
    expect: ['SPOKE_WITH asserted Ida Holm -> Ute Brenner', 'SPOKE_WITH asserted Ana Ruiz -> Ute Brenner'], reject: ['MET_WITH asserted Ida Holm -> Ute Brenner'] },
  { text: 'President Ana Ruiz will host Premier Ida Holm at the palace on Friday. Holm was greeted at Barajas Air Base by Foreign Minister Luis Mora.',
    expect: ['MET_WITH planned Ana Ruiz -> Ida Holm', 'MET_WITH asserted Ida Holm -> Luis Mora'], reject: ['MET_WITH asserted Ana Ruiz -> Ida Holm'] },
  { text: 'President Emmanuel Macron landed in Lagos on Tuesday. Mr Macron held talks with President Bola Tinubu at the presidential villa.',
    expect: ['VISITED asserted Emmanuel Macron -> Lagos', 'MET_WITH asserted Bola Tinubu -> Emmanuel Macron'] },
  { text: 'German Chancellor Olaf Scholz hosted Brazilian President Luiz Inacio Lula da Silva in Berlin on Monday.',
    expect: ['MET_WITH asserted Luiz Inacio Lula da Silva -> Olaf Scholz'] },
  { text: 'Pope Francis received Ukrainian President Volodymyr Zelensky at the Vatican.',
    expect: ['MET_WITH asserted Francis -> Volodymyr Zelensky'] },
  { text: 'Indian Prime Minister Narendra Modi sat down with Japanese Prime Minister Fumio Kishida on the sidelines of the summit.',
    expect: ['MET_WITH asserted Fumio Kishida -> Narendra Modi'] },
  { text: 'Russian President Vladimir Putin turned down an invitation from Turkish President Recep Tayyip Erdogan to attend the talks.',
    expect: ['REBUFFED asserted Vladimir Putin -> Recep Tayyip Erdogan'] },
  { text: 'Hungarian Prime Minister Viktor Orban snubbed European Commission President Ursula von der Leyen at the ceremony.',
    expect: ['REBUFFED asserted Viktor Orban -> Ursula von der Leyen'], reject: ['MET_WITH asserted Ursula von der Leyen -> Viktor Orban'] },
  { text: 'Israeli Prime Minister Benjamin Netanyahu refused to meet Senator Bernie Sanders during his trip.',
    expect: ['REBUFFED asserted Benjamin Netanyahu -> Bernie Sanders', 'MET_WITH refused Benjamin Netanyahu -> Bernie Sanders'],
    reject: ['MET_WITH asserted Benjamin Netanyahu -> Bernie Sanders'] },
  { text: 'Foreign Secretary David Cameron will visit Kyiv next week. He is expected to meet President Volodymyr Zelensky.',
    expect: ['VISITED planned David Cameron -> Kyiv', 'MET_WITH planned David Cameron -> Volodymyr Zelensky'],
    reject: ['VISITED asserted David Cameron -> Kyiv', 'MET_WITH asserted David Cameron -> Volodymyr Zelensky'] },
  { text: 'Chancellor Angela Merkel spoke by phone with President Joe Biden on Friday.',
    expect: ['SPOKE_WITH asserted Angela Merkel -> Joe Biden'], reject: ['MET_WITH asserted Angela Merkel -> Joe Biden'] },
  { text: 'Secretary of State Dean Rusk flew to Paris on Sunday and conferred with President Charles de Gaulle.',
    expect: ['VISITED asserted Dean Rusk -> Paris'] },
  { text: 'Premier Nikita Khrushchev postponed his visit to Washington after the incident.',
    expect: ['VISITED cancelled Nikita Khrushchev -> Washington'], reject: ['VISITED asserted Nikita Khrushchev -> Washington'] },
  { text: 'Prime Minister Jacinda Ardern could meet President Xi Jinping if the schedule allows.',
    reject: ['MET_WITH asserted Jacinda Ardern -> Xi Jinping'], expect: ['MET_WITH hypothetical Jacinda Ardern -> Xi Jinping'] },
  { text: 'Governor Gavin Newsom denied meeting Elon Musk in Austin.',
    reject: ['MET_WITH asserted Elon Musk -> Gavin Newsom'], expect: [] },
  { text: 'Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed met in Nairobi on Saturday.',
    expect: ['MET_WITH asserted Abiy Ahmed -> William Ruto'] },
  { text: 'Treasury Secretary Janet Yellen arrived in Beijing on Thursday for talks with Vice Premier He Lifeng.',
    expect: ['VISITED asserted Janet Yellen -> Beijing'] },
  { text: "Defense Secretary Lloyd Austin's request for talks was rejected by Admiral Dong Jun.",
    expect: ['REBUFFED asserted Dong Jun -> Lloyd Austin'] },
  { text: 'The two leaders shook hands but did not hold talks. Saudi Crown Prince Mohammed bin Salman paid a visit to Tehran last year.',
    expect: ['VISITED asserted Mohammed bin Salman -> Tehran'] },
  { text: 'President Joe Biden telephoned Prime Minister Rishi Sunak on Monday. The call lasted an hour.',
    expect: ['SPOKE_WITH asserted Joe Biden -> Rishi Sunak'], reject: ['MET_WITH asserted Joe Biden -> Rishi Sunak'] },
  { text: 'Senator Ted Cruz plans to travel to Taipei in August.',
    expect: ['VISITED planned Ted Cruz -> Taipei'], reject: ['VISITED asserted Ted Cruz -> Taipei'] },
  { text: 'Opposition leader Juan Guaido was snubbed by President Nicolas Maduro at the talks in Caracas.',
    expect: ['REBUFFED asserted Nicolas Maduro -> Juan Guaido'] },
];

describe('extraction generalises beyond the seeds', () => {
  test.each(CASES.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const result = extractText(c.text, 'case.txt', '2024-03-11');
    const found = result.relations.map((r) => show(result, r));
    for (const e of c.expect) expect(found).toContain(e);
    for (const r of c.reject ?? []) expect(found).not.toContain(r);
  });
});

describe('aliases and coreference', () => {
  test('"Mr Blinken" and "Antony Blinken" are one node; Bill and William are one person', () => {
    const r = extractText('Antony Blinken met Wang Yi. Mr Blinken later flew home. CIA Director Bill Burns visited Cairo. William Burns then met Abbas Kamel.');
    const people = r.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort();
    expect(people).toEqual(['Abbas Kamel', 'Antony Blinken', 'Wang Yi', 'William Burns']);
    expect(r.entities.find((e) => e.name === 'Antony Blinken')?.aliases).toEqual(expect.arrayContaining(['Antony Blinken', 'Blinken', 'Mr Blinken']));
  });
  test('US, U.S., United States and America are one country; UK and Britain another', () => {
    const r = extractText('The US and the United States and America agreed. Officials in the U.K. and Britain watched.');
    expect(r.entities.filter((e) => e.type === 'Country').map((e) => e.name).sort()).toEqual(['United Kingdom', 'United States']);
  });
  test('a role the text binds to a person resolves to that person', () => {
    const r = extractText("Chinese Defense Minister Li Shangfu spoke in Beijing. Later, China's defence minister rebuffed a request from Lloyd Austin for a meeting.");
    expect(r.relations.map((x) => show(r, x))).toContain('REBUFFED asserted Li Shangfu -> Lloyd Austin');
  });
  test('pronouns refer back to the subject of the sentence before', () => {
    const r = extractText('Secretary of State Antony Blinken left Washington on Friday. He arrived in Beijing on Sunday.');
    expect(r.relations.map((x) => show(r, x))).toContain('VISITED asserted Antony Blinken -> Beijing');
  });
  test('middle initials stay inside names; a lone initial is never a person', () => {
    const r = extractText('The police were called by Vincent L. Piraro. Mrs. A. Voorhees Anderson entertained at a luncheon.');
    const people = r.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toContain('Vincent L. Piraro');
    expect(people.some((n) => n === 'A' || n.endsWith(' A'))).toBe(false);
  });
  test('unknown capitalised words that only start a sentence are not entities', () => {
    const r = extractText('Meanwhile, Animosity grew. Underscoring that, Shortly was a word. Shortly after, nothing happened.');
    expect(r.entities).toEqual([]);
  });
});
