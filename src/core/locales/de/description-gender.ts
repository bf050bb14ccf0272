// The gender a German description says of its person: the feminine ending of a role noun
// ("Ministerin", "Sprecherin", "Klubobfrau"), else for a noun made from an adjective
// ("Vorsitzende", "54-Jährige", "Abgeordnete") its article in the nominative; a masculine role
// noun ("Minister", "Sprecher") is a man. Used only on descriptions of one person (the subject of a
// tag, a role before a name): a description of the other gender is then not taken back to a person.

export function germanDescriptionGender(determiner: string | null, head: string): 'm' | 'f' | null {
  const h = head.toLowerCase();
  if (h.length < 3 || /[^\p{L}\d-]/u.test(h)) return null;
  if (/frau$/.test(h)) return 'f';
  if (/mann$/.test(h)) return 'm';
  if (/.{3}in$/.test(h)) return 'f';
  // adjectival nouns: the article tells ("die Vorsitzende", "der 54-Jährige", "ein Abgeordneter")
  if (/e$/.test(h)) return determiner === 'die' || determiner === 'eine' ? 'f' : determiner === 'der' ? 'm' : null;
  if (/er$/.test(h) && (determiner === 'ein' || determiner === null) && /(?:jährig|ende|te)r$/.test(h)) return 'm';
  // ("die Österreicher" is a plural: a woman would be "die Österreicherin")
  return determiner === 'die' ? null : 'm';
}
