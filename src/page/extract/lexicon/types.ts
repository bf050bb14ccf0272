// The words of page furniture in one language: what a page prints around a story in that language
// ("Read also", "Share", "Subscribe", paywall notices). Data only; the rules that use them live in
// is-furniture-block.ts and collect-article-text.ts, which join every language's words.
//
// Plain strings are whole labels, compared in lower case after trimming dashes, colons and dots.
// Fields marked "pattern" are regular-expression alternatives (case-insensitive, Unicode), matched
// where the rule says (at the start of a short block, for most).
export interface LeakWords {
  /** Whole-block labels: an ad label, "read also", "share", "comments", "subscribe", comment-form titles. */
  labels?: string[];
  /** Pattern: the label over a list of other stories, at the start of a short line ("Lesen Sie auch"). */
  related?: string[];
  /** Pattern: the word that opens a "READ MORE: <link>" line, before its colon or arrow. */
  leadLabels?: string[];
  /** Pattern: the opening of a line that addresses the reader about the site ("Follow", "Suivez"). */
  promo?: string[];
  /** Pattern: a topic after such an opening that makes it a promotion (a newsletter, a social network). */
  promoTopics?: string[];
  /** Pattern: a paywall or subscription notice, at the start of a short block. */
  paywall?: string[];
  /** Pattern: the label that opens a disclaimer ("Disclaimer:"). */
  disclaimer?: string[];
  /** Pattern: an appeal to the reader that needs no topic word ("If you enjoyed this article"). */
  appeal?: string[];
  /**
   * Words in class and id names that always mean furniture (comments, ads, share bars, related
   * lists), as class names write them: lower case ASCII, no accents ("publicite", "kommentare").
   */
  classWords?: string[];
  /** Of which the words for readers' comments ("kommentare", "comentarios"). */
  commentClassWords?: string[];
  /** Class words of a photo or video wrapper ("bild", "foto"): furniture unless it holds a story's paragraphs. */
  mediaClassWords?: string[];
  /** Pattern: the label of a photo credit line before its colon ("Foto: …", "Photo : …", "Fot. …"). */
  credits?: string[];
  /** Pattern: the label of a byline line of its own before its colon ("Text: …", "Autor: …", "Автор: …"). */
  bylineLabels?: string[];
  /** Pattern: a reading-time line ("6 min read", "Lesezeit: 4 Min."), anywhere in a short line. */
  readingTime?: string[];
}
