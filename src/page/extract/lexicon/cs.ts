// Czech and Slovak furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['čtěte také', 'čtěte též', 'sdílet', 'komentáře', 'diskuse', 'čítajte aj', 'zdieľať', 'komentáre', 'inzerce', 'inzercia'],
  related: [
    'čtěte (?:také|též|dále)', 'související (?:články|zprávy)', 'nejčtenější', 'další zprávy', 'mohlo by vás zajímat',
    'čítajte aj', 'súvisiace (?:články|správy)', 'najčítanejšie',
  ],
  leadLabels: ['související', 'súvisiace', 'čtěte', 'čítajte'],
  promo: ['sledujte', 'přihlaste se', 'prihláste sa'],
  promoTopics: ['odběr', 'odber', 'newsletter'],
  paywall: ['(?:tento )?článek je (?:dostupný )?(?:jen|pouze) pro předplatitele', 'článok je (?:dostupný )?(?:len|iba) pre predplatiteľov'],
  classWords: ['reklama', 'souvisejici'],
  commentClassWords: ['komentare', 'diskuse'],
  credits: ['foto', 'zdroj foto', 'snímek'],
} satisfies LeakWords;
