// Words whose final dot is part of the word, not the end of a sentence (Mr., Sen., Jan.).
// Single capitals (J.) and initialisms (U.S.) are always abbreviations, in every language.
export const ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Gen', 'Lt', 'Col', 'Maj', 'Sgt', 'Capt', 'Adm', 'Cmdr',
  'St', 'Jr', 'Sr', 'Rev', 'Prof', 'Hon', 'Pres', 'Supt', 'Atty', 'Messrs', 'Mt', 'Ft', 'No', 'vs', 'Vs', 'Inc', 'Corp',
  'Co', 'Ltd', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec',
];
