// Gazetteer data: canonical names and aliases of places, organizations and nicknamed public figures that a lexicon alone gets wrong.
import type { EntityType } from '../../types.js';

/** One gazetteer row: a canonical name, its type, and the surface forms that mean it. */
export interface GazetteerEntry {
  name: string;
  type: EntityType;
  aliases: string[];
  /** Demonyms and adjectives that name the entity's state ("Chinese" → China). */
  demonyms?: string[];
}

/** Entities whose surface forms vary (abbreviations, short forms, metonyms) or that the lexicon mistypes. */
export const GAZETTEER: GazetteerEntry[] = [
  { name: 'United States', type: 'Country', aliases: ['United States', 'United States of America', 'US', 'U.S.', 'U. S.', 'USA', 'U.S.A.', 'America', 'the States'], demonyms: ['American', 'Americans', 'US', 'U.S.'] },
  { name: 'United Kingdom', type: 'Country', aliases: ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'], demonyms: ['British', 'Briton', 'Britons', 'UK', 'U.K.'] },
  { name: 'China', type: 'Country', aliases: ['China', "People's Republic of China", 'PRC', 'P.R.C.', 'Red China', 'Communist China', 'mainland China'], demonyms: ['Chinese'] },
  { name: 'Soviet Union', type: 'Country', aliases: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'], demonyms: ['Soviet', 'Soviets'] },
  { name: 'Russia', type: 'Country', aliases: ['Russia', 'Russian Federation'], demonyms: ['Russian', 'Russians'] },
  { name: 'South Korea', type: 'Country', aliases: ['South Korea', 'Republic of Korea', 'ROK'], demonyms: ['South Korean'] },
  { name: 'North Korea', type: 'Country', aliases: ['North Korea', 'DPRK', "Democratic People's Republic of Korea"], demonyms: ['North Korean'] },
  { name: 'United Arab Emirates', type: 'Country', aliases: ['United Arab Emirates', 'UAE', 'U.A.E.'], demonyms: ['Emirati'] },
  { name: 'Netherlands', type: 'Country', aliases: ['Netherlands', 'Holland'], demonyms: ['Dutch'] },
  { name: 'Philippines', type: 'Country', aliases: ['Philippines'], demonyms: ['Filipino', 'Philippine'] },
  { name: 'Taiwan', type: 'Place', aliases: ['Taiwan', 'Formosa'], demonyms: ['Taiwanese'] },
  { name: 'Hong Kong', type: 'City', aliases: ['Hong Kong'] },
  { name: 'Singapore', type: 'Country', aliases: ['Singapore'], demonyms: ['Singaporean'] },
  { name: 'Washington', type: 'City', aliases: ['Washington', 'Washington, D.C.', 'Washington DC', 'Washington D.C.'] },
  { name: 'New York', type: 'City', aliases: ['New York', 'New York City', 'NYC'] },
  { name: 'Vatican City', type: 'Place', aliases: ['Vatican', 'Vatican City', 'the Vatican'] },
  { name: 'Gaza Strip', type: 'Place', aliases: ['Gaza', 'Gaza Strip'] },
  { name: 'West Bank', type: 'Place', aliases: ['West Bank'] },
  { name: 'Bali', type: 'Place', aliases: ['Bali'] },
  { name: 'Indo-Pacific', type: 'Place', aliases: ['Indo-Pacific'] },
  { name: 'Middle East', type: 'Place', aliases: ['Middle East', 'Mideast'] },
  { name: 'Pacific', type: 'Place', aliases: ['Pacific', 'Pacific Ocean'] },
  { name: 'Atlantic', type: 'Place', aliases: ['Atlantic', 'Atlantic Ocean'] },
  { name: 'Arctic', type: 'Place', aliases: ['Arctic'] },
  { name: 'Caribbean', type: 'Place', aliases: ['Caribbean'] },
  { name: 'Balkans', type: 'Place', aliases: ['Balkans'] },
  { name: 'East Asia', type: 'Place', aliases: ['East Asia'] },
  { name: 'South Asia', type: 'Place', aliases: ['South Asia'] },
  { name: 'Southeast Asia', type: 'Place', aliases: ['Southeast Asia', 'South-East Asia'] },
  { name: 'Central Asia', type: 'Place', aliases: ['Central Asia'] },
  { name: 'Latin America', type: 'Place', aliases: ['Latin America'] },
  { name: 'Western Europe', type: 'Place', aliases: ['Western Europe'] },
  { name: 'Eastern Europe', type: 'Place', aliases: ['Eastern Europe'] },
  { name: 'Kremlin', type: 'Organization', aliases: ['Kremlin', 'the Kremlin'] },
  { name: 'White House', type: 'Organization', aliases: ['White House', 'the White House'] },
  { name: 'Pentagon', type: 'Organization', aliases: ['Pentagon', 'the Pentagon'] },
  { name: 'US State Department', type: 'Organization', aliases: ['State Department', 'US State Department', 'U.S. State Department', 'Department of State'] },
  { name: 'Downing Street', type: 'Organization', aliases: ['Downing Street', 'Number 10'] },
  { name: 'European Union', type: 'Organization', aliases: ['European Union', 'EU', 'E.U.'] },
  { name: 'United Nations', type: 'Organization', aliases: ['United Nations', 'UN', 'U.N.'] },
  { name: 'NATO', type: 'Organization', aliases: ['NATO', 'Nato', 'North Atlantic Treaty Organization'] },
  { name: 'CIA', type: 'Organization', aliases: ['CIA', 'C.I.A.', 'Central Intelligence Agency'] },
  { name: 'FBI', type: 'Organization', aliases: ['FBI', 'F.B.I.', 'Federal Bureau of Investigation'] },
  { name: 'G20', type: 'Organization', aliases: ['G20', 'G-20', 'Group of 20', 'Group of Twenty'] },
  { name: 'G7', type: 'Organization', aliases: ['G7', 'G-7', 'Group of Seven'] },
  { name: 'APEC', type: 'Organization', aliases: ['APEC', 'Apec', 'Asia-Pacific Economic Cooperation', 'Asia-Pacific Economic Co-operation'] },
  { name: 'ASEAN', type: 'Organization', aliases: ['ASEAN', 'Asean', 'Association of Southeast Asian Nations'] },
  { name: 'AUKUS', type: 'Organization', aliases: ['AUKUS', 'Aukus'] },
  { name: 'Congress', type: 'Organization', aliases: ['Congress', 'US Congress', 'U.S. Congress'] },
  // names an archive still uses, and names the lexicon mistypes ("Laos" as a plural demonym)
  { name: 'Vietnam', type: 'Country', aliases: ['Vietnam', 'Viet Nam'] },
  { name: 'Laos', type: 'Country', aliases: ['Laos'], demonyms: ['Laotian'] },
  { name: 'Congo', type: 'Country', aliases: ['Congo', 'the Congo'], demonyms: ['Congolese'] },
  { name: 'Myanmar', type: 'Country', aliases: ['Myanmar', 'Burma'] },
  { name: 'Sri Lanka', type: 'Country', aliases: ['Sri Lanka', 'Ceylon'], demonyms: ['Sri Lankan'] },
  { name: 'Saigon', type: 'City', aliases: ['Saigon'] },
  { name: 'Jakarta', type: 'City', aliases: ['Jakarta', 'Djakarta'] },
  { name: 'Europe', type: 'Place', aliases: ['Europe'], demonyms: ['European'] },
  { name: 'Africa', type: 'Place', aliases: ['Africa'], demonyms: ['African'] },
  { name: 'Asia', type: 'Place', aliases: ['Asia'], demonyms: ['Asian'] },
  { name: 'Far East', type: 'Place', aliases: ['Far East'] },
  { name: 'The Bronx', type: 'Place', aliases: ['Bronx', 'the Bronx'] },
  // US states by their AP abbreviations, as datelines write them ("Miami, Fla."); ambiguous ones (Miss., La., Ind.,
  // Del., Wash.) are left out
  ...([['Alabama', 'Ala.'], ['Arizona', 'Ariz.'], ['Arkansas', 'Ark.'], ['California', 'Calif.'], ['Colorado', 'Colo.'], ['Connecticut', 'Conn.'],
    ['Florida', 'Fla.'], ['Georgia', 'Ga.'], ['Illinois', 'Ill.'], ['Kansas', 'Kan.'], ['Kentucky', 'Ky.'], ['Maryland', 'Md.'], ['Massachusetts', 'Mass.'],
    ['Michigan', 'Mich.'], ['Minnesota', 'Minn.'], ['Missouri', 'Mo.'], ['Montana', 'Mont.'], ['Nebraska', 'Neb.'], ['Nevada', 'Nev.'],
    ['New Hampshire', 'N.H.'], ['New Jersey', 'N.J.'], ['New Mexico', 'N.M.'], ['North Carolina', 'N.C.'], ['North Dakota', 'N.D.'],
    ['Oklahoma', 'Okla.'], ['Oregon', 'Ore.'], ['Pennsylvania', 'Pa.'], ['Rhode Island', 'R.I.'], ['South Carolina', 'S.C.'], ['South Dakota', 'S.D.'],
    ['Tennessee', 'Tenn.'], ['Texas', 'Tex.'], ['Vermont', 'Vt.'], ['Virginia', 'Va.'], ['West Virginia', 'W.Va.'], ['Wisconsin', 'Wis.'], ['Wyoming', 'Wyo.']] as const)
    .map(([name, abbreviation]): GazetteerEntry => ({ name, type: 'Place', aliases: [name, abbreviation] })),
  { name: 'Staten Island', type: 'Place', aliases: ['Staten Island'] },
  // public figures the news names by a nickname or initials alone; an ambiguous form ("JFK" is also an airport, "MBS"
  // also mortgage-backed securities, "Jack" anyone) is left out
  ...([['Dwight D. Eisenhower', 'Ike'], ['Lyndon B. Johnson', 'LBJ', 'L.B.J.'], ['Franklin D. Roosevelt', 'FDR', 'F.D.R.'], ['Benjamin Netanyahu', 'Bibi'],
    ['Andrés Manuel López Obrador', 'AMLO'], ['Luiz Inácio Lula da Silva', 'Lula'], ['Nelson Mandela', 'Madiba'], ['Alexandria Ocasio-Cortez', 'AOC'],
    ['Ruth Bader Ginsburg', 'RBG'], ['Mohamed bin Zayed', 'MBZ'], ['Pushpa Kamal Dahal', 'Prachanda'], ['Boris Johnson', 'BoJo']] as const)
    .map(([name, ...nicknames]): GazetteerEntry => ({ name, type: 'Person', aliases: nicknames })),
];

/** Words that put a region of a place in front of its name: "West Berlin", "South Viet Nam", "Northern Rhodesia". */
export const COMPASS_PREFIXES: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western',
  'central', 'upper', 'lower', 'outer', 'inner', 'greater', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west',
  'south-east', 'south-west']);

/** Publishers, wire services and photo agencies: credits, not actors, unless the text makes them act. */
export const MEDIA_CREDITS: ReadonlySet<string> = new Set(['AP', 'AFP', 'Reuters', 'Xinhua', 'Bloomberg', 'Getty Images', 'EPA', 'UPI', 'Associated Press', 'Agence France-Presse']);

/** Common surnames of East and South-East Asian names, which come first ("Wang Yi", "Kim Jong Un"). */
export const SURNAME_FIRST: ReadonlySet<string> = new Set([
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'lin', 'gao', 'luo',
  'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang',
  'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'jin', 'qin', 'xi', 'hua', 'fu', 'zhong', 'bai', 'kong', 'mao',
  'lai', 'tsai', 'ko', 'chiang', 'kim', 'park', 'lee', 'choi', 'moon', 'yoon', 'nguyen', 'tran', 'pham', 'le', 'hoang', 'vo', 'ngo', 'hun', 'kishida', 'abe',
]);

/** Demonyms whose country a suffix rule cannot guess ("German" → Germany), plus common ones for speed. */
export const DEMONYMS: Readonly<Record<string, string>> = {
  german: 'Germany', french: 'France', dutch: 'Netherlands', swiss: 'Switzerland', turkish: 'Turkey', spanish: 'Spain', polish: 'Poland',
  swedish: 'Sweden', danish: 'Denmark', finnish: 'Finland', irish: 'Ireland', greek: 'Greece', thai: 'Thailand', saudi: 'Saudi Arabia',
  israeli: 'Israel', iraqi: 'Iraq', pakistani: 'Pakistan', afghan: 'Afghanistan', ukrainian: 'Ukraine', brazilian: 'Brazil', hungarian: 'Hungary',
  norwegian: 'Norway', argentine: 'Argentina', argentinian: 'Argentina', peruvian: 'Peru', egyptian: 'Egypt', lebanese: 'Lebanon',
  vietnamese: 'Vietnam', japanese: 'Japan', italian: 'Italy', mexican: 'Mexico', canadian: 'Canada', belgian: 'Belgium', iranian: 'Iran',
  yemeni: 'Yemen', qatari: 'Qatar', jordanian: 'Jordan', palestinian: 'Palestine', chilean: 'Chile', portuguese: 'Portugal', czech: 'Czech Republic',
  slovak: 'Slovakia', belarusian: 'Belarus', moroccan: 'Morocco', sudanese: 'Sudan', ghanaian: 'Ghana', senegalese: 'Senegal',
  bangladeshi: 'Bangladesh', nepali: 'Nepal', nepalese: 'Nepal', burmese: 'Myanmar', kazakh: 'Kazakhstan', uzbek: 'Uzbekistan', kenyan: 'Kenya',
  ethiopian: 'Ethiopia', nigerian: 'Nigeria', indian: 'India', russian: 'Russia', korean: 'South Korea', scottish: 'United Kingdom',
  welsh: 'United Kingdom', english: 'United Kingdom', kuwaiti: 'Kuwait', omani: 'Oman', bahraini: 'Bahrain', syrian: 'Syria', libyan: 'Libya',
  tunisian: 'Tunisia', algerian: 'Algeria', malaysian: 'Malaysia', indonesian: 'Indonesia', cuban: 'Cuba', venezuelan: 'Venezuela',
  colombian: 'Colombia', austrian: 'Austria', serbian: 'Serbia', croatian: 'Croatia', romanian: 'Romania', bulgarian: 'Bulgaria',
  georgian: 'Georgia', armenian: 'Armenia', azerbaijani: 'Azerbaijan', lithuanian: 'Lithuania', latvian: 'Latvia', estonian: 'Estonia',
  mongolian: 'Mongolia', cambodian: 'Cambodia', australian: 'Australia', 'south african': 'South Africa', 'new zealand': 'New Zealand',
};
