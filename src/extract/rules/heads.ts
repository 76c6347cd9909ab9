// Head words that type a capitalised name: "... Ministry" is an organization, "... Sea" a place, "... Summit" an event.
import type { EntityType } from '../../types.js';

/** Head words of organizations; they may stand anywhere in the name ("Institute for China-America Studies"). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'council', 'agency', 'bureau', 'office', 'commission', 'committee', 'party', 'university', 'college', 'institute',
  'institution', 'foundation', 'group', 'corp', 'corporation', 'inc', 'company', 'co', 'ltd', 'llc', 'plc', 'bank', 'fund', 'association', 'union',
  'organization', 'organisation', 'administration', 'army', 'navy', 'force', 'forces', 'court', 'senate', 'congress', 'parliament', 'assembly',
  'service', 'guard', 'authority', 'board', 'times', 'post', 'news', 'center', 'centre', 'academy', 'society', 'federation', 'league', 'alliance',
  'coalition', 'club', 'team', 'church', 'network', 'systems', 'technologies', 'airlines', 'motors', 'industries', 'holdings', 'partners',
  'press', 'tribune', 'journal', 'herald', 'daily', 'gazette', 'cabinet', 'government', 'politburo', 'secretariat', 'directorate', 'police',
  'brigade', 'battalion', 'regiment', 'division', 'legion', 'embassy', 'consulate', 'mission', 'delegation', 'chamber', 'exchange', 'trust',
  'labs', 'laboratory', 'laboratories', 'school', 'hospital', 'museum', 'orchestra', 'inc.', 'corp.', 'co.', 'ltd.', 'house of representatives',
]);

/** Head words of places (buildings, regions, geographic features); the name ends with them. */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'sea', 'ocean', 'strait', 'straits', 'island', 'islands', 'mountain', 'mountains', 'river', 'lake', 'gulf', 'bay', 'peninsula', 'valley',
  'guesthouse', 'palace', 'square', 'hall', 'airport', 'base', 'gardens', 'garden', 'park', 'street', 'avenue', 'road', 'bridge', 'tower',
  'castle', 'canal', 'desert', 'coast', 'province', 'region', 'county', 'district', 'prefecture', 'territory', 'territories', 'cathedral',
  'temple', 'mosque', 'stadium', 'arena', 'hotel', 'villa', 'estate', 'ranch', 'building', 'capitol', 'plaza', 'harbor', 'harbour', 'port',
  'heights', 'hills', 'field', 'fields', 'forest', 'channel', 'cape', 'falls', 'center-point', 'dome', 'theatre', 'theater',
  'station', 'monument', 'memorial', 'cemetery',
]);

/** Words that begin a place's name: "Cape Cod", "Fort Daer", "Camp David", "Mount Vernon", "Lake Placid". */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(['cape', 'fort', 'camp', 'mount', 'mt', 'lake', 'port', 'point', 'isle', 'lac', 'rio', 'bay', 'glen']);

/** Head words of named events; the name ends with them. */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'summit', 'dialogue', 'forum', 'conference', 'games', 'olympics', 'cup', 'championship', 'championships', 'festival', 'war', 'election',
  'elections', 'expo', 'symposium', 'convention', 'talks', 'crisis', 'revolution', 'pandemic', 'treaty', 'accord', 'accords', 'agreement',
  'olympiad', 'tournament', 'series', 'fair', 'congress-meeting', 'assembly-meeting', 'incident', 'massacre', 'uprising', 'invasion',
  'award', 'awards', 'prize', 'trophy',
]);

/**
 * The type a name's head word gives it, or null. Places and events look at the last word; organizations at any word
 * after the first ("Cornell University", "Institute for China-America Studies").
 * @param isGivenName - whether a word is a given name ("<given name> House" is a person: "Frank House")
 */
export function classifyByHead(lowerWords: readonly string[], isGivenName: (lower: string) => boolean = () => false): EntityType | null {
  const words = lowerWords.filter((w) => w !== '.');
  const last = words[words.length - 1];
  if (!last || words.length < 2) return null;
  if (EVENT_HEADS.has(last)) return 'Event';
  // "Clarence House", "Opera House" are buildings; "Frank House" a man, "Speaker of the House" a title
  const building = last === 'house' && !['the', 'of'].includes(words[words.length - 2]!) && !isGivenName(words[words.length - 2]!);
  if (PLACE_HEADS.has(last) || building || PLACE_PREFIXES.has(words[0]!)) return 'Place';
  if (words.some((w, i) => ORGANIZATION_HEADS.has(w) && (i > 0 || words.length > 1))) return 'Organization';
  return null;
}
