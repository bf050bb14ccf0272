// The gender a Spanish or Portuguese description of a person says ("la jueza", "su editor", "a executiva"): its
// article's, else its head noun's where the role list holds both forms (ministro/ministra, editor/editora,
// juez/jueza). Nouns of one form for both sexes (periodista, fiscal, agente) say nothing.

export function roleNounGender(roles: ReadonlySet<string>, articleGender: Readonly<Record<string, 'm' | 'f'>>) {
  return (determiner: string | null, head: string): 'm' | 'f' | null => {
    if (determiner && articleGender[determiner]) return articleGender[determiner]!;
    const w = head.toLowerCase();
    if (w.endsWith('a') && !w.endsWith('ista')) {
      const stem = w.slice(0, -1);
      if (roles.has(`${stem}o`) || roles.has(`${stem}e`) || roles.has(stem) || (stem.endsWith('es') && roles.has(stem.slice(0, -2)))) return 'f';
    }
    if (/(?:triz|isa)$/.test(w)) return 'f';
    if (roles.has(`${w}a`) || (/[oe]$/.test(w) && roles.has(`${w.slice(0, -1)}a`)) || roles.has(`${w}esa`)) return 'm';
    return null;
  };
}
