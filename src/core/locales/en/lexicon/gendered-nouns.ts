// Person nouns that say the person's sex, for a "he" or "she" that takes up an unnamed speaker
// ("a spokeswoman for the force … she said"; never "a spokesman … she said").
const WOMEN = new Set([
  'woman', 'women', 'spokeswoman', 'mother', 'daughter', 'sister', 'wife', 'widow', 'girl', 'grandmother',
  'aunt', 'niece', 'chairwoman', 'businesswoman', 'policewoman', 'actress', 'mum', 'mom', 'girlfriend',
]);
const MEN = new Set([
  'man', 'men', 'spokesman', 'father', 'son', 'brother', 'husband', 'widower', 'boy', 'grandfather',
  'uncle', 'nephew', 'chairman', 'businessman', 'policeman', 'actor', 'dad', 'boyfriend',
]);

export function nounGender(noun: string): 'm' | 'f' | undefined {
  return WOMEN.has(noun) ? 'f' : MEN.has(noun) ? 'm' : undefined;
}
