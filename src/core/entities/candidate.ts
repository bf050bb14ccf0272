// What the scanner finds before mentions are merged into entities.

export interface RoleInfo {
  office: string;
  /** Country or international body the office belongs to, when written or known. */
  country: string | null;
  former: boolean;
  /** When `country` names a body ("House of Representatives", "United Nations"): the holder's country, if any. */
  nation?: string | null;
  /** "his Ukrainian counterpart": the office of the person spoken of before. */
  counterpart?: boolean;
}

export type CandidateKind = 'person' | 'org' | 'media' | 'group' | 'gov' | 'desc' | 'doc' | 'anonymous';

export interface Candidate {
  kind: CandidateKind;
  start: number;
  end: number;
  /** Display name (as written, without a leading article). */
  name: string;
  /** Identity: candidates with one key are one entity. */
  key: string;
  country: string | null;
  /** Person known to the built-in knowledge (canonical name). */
  kbName?: string;
  /** Person: the lower-case words of the name. */
  nameKeys?: string[];
  role?: RoleInfo | null;
  /** A lone unknown word, or a name in a title-case heading: kept only if linked to a stronger mention. */
  weak?: boolean;
  /** Written with a title or honorific ("Mr. Smith", "President Xi"). */
  titled?: boolean;
  /** A verb of saying follows ("Kuleba announced"). */
  speaks?: boolean;
  /** The name opens a sentence (its capital says nothing). */
  initial?: boolean;
  /** desc: the office described ("Leader", "Foreign Minister"). */
  office?: string;
  gender?: 'm' | 'f';
}
