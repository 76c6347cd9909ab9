// The shared vocabulary of newsgraph: documents, spans, mentions, entities, relations, evidence and diagnostics.

/** Entity types, in the order they are listed in legends and schemas. */
export const ENTITY_TYPES = ['Person', 'Organization', 'Country', 'City', 'Place', 'Event'] as const;
/** What kind of thing an entity is. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Relation types. MET_WITH and SPOKE_WITH are symmetric (stored once, source key < target key). */
export const RELATION_TYPES = ['MET_WITH', 'VISITED', 'REBUFFED', 'SPOKE_WITH'] as const;
/** What kind of link a relation is. */
export type RelationType = (typeof RELATION_TYPES)[number];
/** Relation types that are undirected: exports and queries must treat them as such. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>(['MET_WITH', 'SPOKE_WITH']);

/** Whether the text says the relation happened. Only `asserted` means it did. */
export const STATUSES = ['asserted', 'planned', 'cancelled', 'refused', 'hypothetical', 'denied'] as const;
/** Factuality of a relation as the text reports it. */
export type Status = (typeof STATUSES)[number];

/** A half-open character range `[start, end)` into a document's text (UTF-16 code units, as JavaScript strings index). */
export interface Span {
  start: number;
  end: number;
}

/** One input article, as read and cleaned, before extraction. */
export interface Document {
  /** Stable id: the file name (or the id given by the caller). */
  id: string;
  /** The article's text with boilerplate lines blanked out (offsets still match the source text). */
  text: string;
  /** Publication date (ISO `YYYY-MM-DD`) when known; relative dates are resolved against it. */
  date?: string;
  /** Where the text came from: a path, or a caller-given label. */
  source: string;
  /** Headline, when one is recognisable. */
  title?: string;
}

/** Metadata kept about every document in the graph. */
export interface DocumentInfo {
  id: string;
  date: string | null;
  title: string | null;
  /** Length of the text in characters. */
  chars: number;
  /** SHA-256 of the text, for incremental builds. */
  hash: string;
}

/** A sentence of a document. */
export interface Sentence extends Span {
  index: number;
  text: string;
}

/** A surface mention of an entity in a sentence. */
export interface Mention extends Span {
  /** The surface text, exactly `doc.text.slice(start, end)`. */
  text: string;
  type: EntityType;
  /** Index of the sentence that holds the mention. */
  sentence: number;
  /** A title or role attached to this mention ("Foreign Minister", "US Secretary of State"). */
  role?: string;
  /** Where the mention came from: 'nlp', 'gazetteer', 'title', 'alias', 'role-reference', 'pronoun'. */
  via: string;
}

/** A resolved entity: one node of the graph. */
export interface Entity {
  /** Stable id, `<type>:<slug>`, e.g. `person:antony-blinken`. */
  key: string;
  /** Canonical name. */
  name: string;
  type: EntityType;
  /** Every surface form seen, canonical name first. */
  aliases: string[];
  /** Titles and roles seen ("US Secretary of State"). */
  roles: string[];
  /** Number of mentions. */
  mentions: number;
  /** Ids of the documents that mention it. */
  docs: string[];
}

/** Why an edge exists: one sentence of one document, and the rule that read it. */
export interface Evidence extends Span {
  /** Document id (file name). */
  doc: string;
  /** The sentence, verbatim: `doc.text.slice(start, end)`. */
  sentence: string;
  /** Id of the relation rule that matched. */
  ruleId: string;
  /** The trigger words inside the sentence, as document offsets (for highlighting). */
  trigger?: Span;
  /** Id of the status rule that set a non-asserted status, if any. */
  statusRuleId?: string;
}

/** A relation between two entities, with its status and evidence. */
export interface Relation {
  type: RelationType;
  /** Entity key of the source (for symmetric types, the smaller key). */
  source: string;
  /** Entity key of the target. */
  target: string;
  status: Status;
  /** ISO date or partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or null when unknown. */
  when: string | null;
  /** Entity key of the place it happened, or null. */
  where: string | null;
  /** 0–1: how sure the rule is. */
  confidence: number;
  evidence: Evidence[];
}

/** Severity of a diagnostic. */
export type DiagnosticLevel = 'error' | 'warning' | 'info';

/** A problem found while reading or extracting a document; never thrown, always reported. */
export interface Diagnostic {
  level: DiagnosticLevel;
  /** Document id or path the diagnostic is about. */
  doc: string;
  /** Short machine-readable code, e.g. `input/not-utf8`. */
  code: string;
  /** What failed and what to do about it. */
  message: string;
  /** Where in the file, when known. */
  at?: { offset: number; line?: number; column?: number };
}

/** Everything extraction found in one document. */
export interface DocResult {
  doc: DocumentInfo;
  sentences: Sentence[];
  mentions: Mention[];
  /** Entities local to the document (keys are already global-style keys). */
  entities: Entity[];
  /** Mention index → entity key. */
  mentionEntity: string[];
  relations: Relation[];
  diagnostics: Diagnostic[];
}

/** Attributes of a graph node (an entity). */
export interface NodeAttributes {
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  mentions: number;
  docs: string[];
}

/** Attributes of a graph edge (a relation). */
export interface EdgeAttributes {
  type: RelationType;
  status: Status;
  when: string | null;
  where: string | null;
  confidence: number;
  evidence: Evidence[];
}

/** Attributes of the graph itself. */
export interface GraphAttributes {
  /** Version of the graph.json schema (see docs/graph.schema.json). */
  schemaVersion: number;
  generator: string;
  /** The documents the graph was built from, sorted by id. */
  documents: DocumentInfo[];
}
