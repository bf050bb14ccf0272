// German furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['akzeptierte antwort',
    'anzeige', 'werbung', 'artikel teilen', 'teilen', 'kommentare', 'mehr zum thema', 'lesen sie auch', 'auch interessant',
    'abonnieren', 'jetzt abonnieren', 'weiterlesen', 'kommentar schreiben', 'schreiben sie einen kommentar',
  ],
  related: [
    'mehr (?:zum thema|aus|von|nachrichten|artikel)', 'das könnte sie (?:auch )?interessieren', 'auch interessant',
    'lesen sie (?:auch|mehr)', 'weitere (?:artikel|nachrichten|themen|beiträge)', 'verwandte (?:artikel|themen)',
    'empfohlene artikel', 'meistgelesen', 'meist gelesen', 'top-?themen', 'über (?:den autor|die autorin)'],
  leadLabels: ['lesen sie', 'lies', 'mehr', 'auch', 'siehe'],
  promo: ['folgen sie', 'abonnieren sie', 'melden sie sich'],
  promoTopics: ['abonn', 'postfach', 'rundbrief'],
  paywall: [
    'dieser (?:artikel|beitrag|inhalt) ist (?:nur )?(?:für|exklusiv für) (?:abonnenten|abonnentinnen|abonnent|plus|mitglieder)',
    '(?:jetzt )?weiterlesen mit', 'sie sind bereits abonnent',
  ],
  disclaimer: ['haftungsausschluss', 'hinweis der redaktion'],
  classWords: ['werbung', 'anzeige', 'anzeigen', 'teilen', 'verwandte', 'empfehlungen', 'meistgelesen', 'bildunterschrift', 'bildtext', 'bildnachweis', 'autor', 'autorin'],
  commentClassWords: ['kommentar', 'kommentare'],
  credits: ['foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'quelle bild'],
  mediaClassWords: ['bild', 'bilder', 'foto', 'fotos'],
  appeal: ['war dieser artikel hilfreich', 'bewerten sie diesen artikel', 'fehler gefunden', 'hat ihnen (?:dieser|der) artikel gefallen'],
  bylineLabels: ['text', 'autor', 'autorin', 'texte'],
  readingTime: ['lesezeit', '\\d+\\s*min(?:uten)?\\.?\\s+lesen', 'lesedauer'],
} satisfies LeakWords;
