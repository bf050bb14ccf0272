// The order in which English cue readers are tried at a word; the first that reads an attribution
// there wins, and its name is recorded on the attribution (`rule`). The readers themselves are
// the engine's (src/core/attribution/find-attributions.ts, CUE_READERS).
export const EN_CUE_READERS = [
  'according-to', // "according to X" (final: nothing else is read at "according to")
  'raised-cue', // "X raised the question of …"
  'question-or-seem', // "she was asked whether …", "it may seem"
  'document-cue', // "a poll found …"
  'evidential-cue', // "reportedly", "allegedly"
  'verb-cue', // a verb of saying, thinking, taking sides or issuing, in a finite use
  'adjective-cue', // "X is confident that …"
  'noun-cue', // "X's claim that …"
  'agent-noun-cue', // "critics of …"
  'gerund-cue', // "after saying …"
  'participle-relative', // "a group backing X"
  'infinitive-cue', // "went on CNN to declare …"
] as const;
export type EnCueReader = (typeof EN_CUE_READERS)[number];
