// Titles and roles: the words that make up "US Secretary of State", "Chinese Foreign Minister", "Mr", "Gov.".

/** Honorifics that precede a name and are not roles in themselves. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr', 'sen', 'gov', 'rep', 'gen', 'lt', 'col', 'maj',
  'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'hon', 'messrs', 'mme', 'mlle', 'herr', 'frau', 'sheikh', 'st', 'mister', 'madame', 'monsieur',
  'holiness', 'excellency', 'majesty', 'highness', 'eminence', 'lordship', 'ladyship',
  'signor', 'senor', 'senora',
]);

/** Role head nouns: a title ends with one of these (possibly followed by "of X" / "for X"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'premier', 'prime', 'minister', 'secretary', 'secretary-general', 'chancellor', 'king', 'queen', 'prince', 'princess',
  'emperor', 'empress', 'pope', 'cardinal', 'archbishop', 'bishop', 'ambassador', 'envoy', 'diplomat', 'senator', 'governor', 'mayor', 'general',
  'admiral', 'commander', 'chief', 'director', 'adviser', 'advisor', 'speaker', 'representative', 'spokesman', 'spokeswoman', 'spokesperson',
  'chairman', 'chairwoman', 'chair', 'leader', 'head', 'counsel', 'attorney', 'justice', 'judge', 'commissioner', 'officer', 'official', 'coordinator',
  'founder', 'co-founder', 'ceo', 'executive', 'deputy', 'delegate', 'negotiator', 'lawmaker', 'congressman', 'congresswoman', 'councillor',
  'councilman', 'mp', 'dictator', 'monarch', 'sultan', 'emir', 'ayatollah', 'imam', 'rabbi', 'pastor', 'professor', 'analyst', 'fellow',
  'economist', 'editor', 'correspondent', 'reporter', 'columnist', 'author', 'actor', 'actress', 'singer', 'coach', 'captain', 'boss', 'tsar', 'czar',
  'strongman', 'counterpart', 'foreign', 'defence', 'defense', 'sen.', 'gov.', 'rep.', 'gen.',
  // ranks and nobility ("Colonel Frank Begley", "Ensign Ritchie", "Count Rumford", "Duke of Edinburgh")
  'colonel', 'lieutenant', 'major', 'sergeant', 'corporal', 'brigadier', 'marshal', 'commodore', 'ensign', 'count', 'countess', 'baron',
  'baroness', 'duke', 'duchess', 'earl', 'marquis', 'marquess', 'viscount', 'archduke', 'shah', 'maharaja', 'rajah', 'elector', 'patriarch',
  'metropolitan', 'chaplain', 'provost', 'rector', 'superintendent', 'inspector', 'detective', 'constable', 'sheriff',
  // descriptions news puts in front of a name ("Nobel laureate Paul Romer", "billionaire investor Ray Dalio")
  'laureate', 'investor', 'billionaire', 'tycoon', 'entrepreneur', 'activist', 'dissident', 'rapper', 'novelist', 'historian', 'scientist',
  'cleric', 'militant', 'warlord', 'manager', 'owner',
]);

/** Words that modify a role ("Foreign", "Defence", "Assistant", "Deputy", "top"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'foreign', 'defence', 'defense', 'commerce', 'trade', 'finance', 'treasury', 'interior', 'home', 'justice', 'health', 'education', 'energy',
  'economy', 'economic', 'agriculture', 'labor', 'labour', 'transport', 'transportation', 'environment', 'culture', 'information', 'war', 'navy',
  'army', 'air', 'national', 'security', 'state', 'assistant', 'deputy', 'vice', 'acting', 'former', 'then', 'new', 'outgoing', 'incoming', 'senior',
  'top', 'chief', 'prime', 'first', 'lord', 'supreme', 'executive', 'managing', 'general', 'press', 'white', 'house', 'majority', 'minority',
  'senate', 'attorney', 'united', 'nations', 'secretary', 'special', 'presidential', 'junior', 'principal', 'permanent', 'under', 'intelligence',
  'military', 'party', 'communist', 'opposition', 'democratic', 'republican', 'labour', 'conservative', 'liberal', 'regional', 'provincial',
  'federal', 'crown', 'grand', 'foreign-affairs', 'affairs', 'international', 'public', 'cabinet', 'elder', 'late', 'veteran', 'retired', 'fellow', 'leading',
]);

/** Role heads that are complete titles by themselves when capitalized before a name. */
export const TITLE_ONLY_HEADS: ReadonlySet<string> = new Set(['president', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'senator', 'governor', 'mayor', 'general', 'admiral', 'speaker', 'ambassador', 'judge', 'justice', 'cardinal', 'bishop', 'sheikh', 'emperor',
  'colonel', 'major', 'ensign', 'count', 'countess', 'baron', 'duke', 'duchess', 'earl', 'shah']);

/** British and American spellings folded to one form when roles are compared. */
export const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  defence: 'defense', labour: 'labor', organisation: 'organization', programme: 'program', adviser: 'advisor', spokesman: 'spokesperson',
  spokeswoman: 'spokesperson', 'co-operation': 'cooperation', centre: 'center',
};

/** Common nicknames → formal first name, so "Bill Burns" and "William Burns" are one person. */
export const NICKNAMES: Readonly<Record<string, string>> = {
  bill: 'william', billy: 'william', will: 'william', willy: 'william', liam: 'william', bob: 'robert', bobby: 'robert', rob: 'robert', robbie: 'robert',
  dick: 'richard', rick: 'richard', rich: 'richard', jim: 'james', jimmy: 'james', jamie: 'james', mike: 'michael', mick: 'michael', mickey: 'michael',
  tom: 'thomas', tommy: 'thomas', joe: 'joseph', joey: 'joseph', jack: 'john', johnny: 'john', jon: 'jonathan', ted: 'edward', ed: 'edward',
  eddie: 'edward', ned: 'edward', tony: 'anthony', dan: 'daniel', danny: 'daniel', dave: 'david', steve: 'stephen', chris: 'christopher',
  matt: 'matthew', nick: 'nicholas', pete: 'peter', sam: 'samuel', ben: 'benjamin', charlie: 'charles', chuck: 'charles', hank: 'henry',
  harry: 'henry', larry: 'lawrence', jerry: 'gerald', greg: 'gregory', andy: 'andrew', drew: 'andrew', alex: 'alexander', fred: 'frederick',
  frank: 'francis', kate: 'katherine', katie: 'katherine', kathy: 'katherine', cathy: 'catherine', liz: 'elizabeth', beth: 'elizabeth',
  betty: 'elizabeth', meg: 'margaret', peggy: 'margaret', maggie: 'margaret', sue: 'susan', jenny: 'jennifer', jen: 'jennifer', pat: 'patricia',
  patty: 'patricia', becky: 'rebecca', vicky: 'victoria', nikki: 'nicole', abe: 'abraham', gene: 'eugene', ike: 'dwight', al: 'albert',
  walt: 'walter', vince: 'vincent', ron: 'ronald', don: 'donald', doug: 'douglas', ken: 'kenneth', tim: 'timothy', jeff: 'jeffrey', nate: 'nathan',
};

/** Spellings of one first name, folded to one form for matching only ("Antony" and "Anthony" Blinken are one man). */
export const FIRST_NAME_SPELLINGS: Readonly<Record<string, string>> = {
  antony: 'anthony', steven: 'stephen', jonathon: 'jonathan', geoffrey: 'jeffrey', katharine: 'katherine', catherine: 'katherine',
  kathryn: 'katherine', mohammed: 'muhammad', mohammad: 'muhammad', mohamed: 'muhammad', muhammed: 'muhammad', sergey: 'sergei',
  yevgeny: 'evgeny', dmitry: 'dmitri', andrey: 'andrei', aleksandr: 'alexander', alexandr: 'alexander', alexei: 'alexey', aleksei: 'alexey',
  yuri: 'yury', nikolai: 'nikolay', philip: 'phillip', sara: 'sarah', ann: 'anne', hanna: 'hannah',
};

/** Pronouns that refer back to a person. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);
