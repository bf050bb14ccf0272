// The card's own stylesheet, inside its shadow root: the page's CSS cannot reach in, ours
// cannot leak out. The host itself gets inline !important rules (see sourcelight-card.ts).
export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; width: 100%; max-height: inherit; overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1f2937; background: #ffffff; border: 1px solid #d1d5db; border-radius: 10px;
  box-shadow: 0 10px 30px rgba(0, 0, 0, 0.18); padding: 12px 14px; text-align: left;
}
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
:host([data-theme=dark]) .card { color: #e5e7eb; background: #111827; border-color: #374151; box-shadow: 0 10px 30px rgba(0, 0, 0, 0.6); }
.head { display: flex; align-items: flex-start; gap: 8px; }
.who { flex: 1; min-width: 0; }
h2 { margin: 0; font-size: 16px; font-weight: 650; line-height: 1.3; }
.badge { display: inline-block; margin-top: 3px; padding: 1px 7px; border-radius: 999px; font-size: 11px; font-weight: 600;
  background: #e5e7eb; color: #374151; }
.badge::first-letter { text-transform: uppercase; }
.badge.leader { background: #d1fae5; color: #065f46; }
:host([data-theme=dark]) .badge { background: #374151; color: #e5e7eb; }
:host([data-theme=dark]) .badge.leader { background: #064e3b; color: #a7f3d0; }
.meta { margin: 4px 0 0; color: #4b5563; font-size: 13px; }
:host([data-theme=dark]) .meta { color: #9ca3af; }
.cue b { font-weight: 600; text-decoration: underline wavy #7c3aed; text-underline-offset: 3px; }
h3 { margin: 10px 0 4px; font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: #6b7280; }
ol { margin: 0; padding: 0; list-style: none; }
li + li { margin-top: 4px; }
button { font: inherit; color: inherit; cursor: pointer; }
.quote { display: block; width: 100%; text-align: left; background: transparent; border: 1px solid transparent;
  border-radius: 6px; padding: 4px 6px; border-left: 3px solid rgba(250, 204, 21, 0.9); }
.quote.indirect { border-left-color: rgba(250, 204, 21, 0.35); font-style: italic; }
.quote.partial { border-left-style: dotted; }
.quote[aria-current=true] { background: rgba(250, 204, 21, 0.18); }
.quote:hover, .quote:focus-visible { border-color: #9ca3af; }
.close { border: 0; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 6px; }
.close:hover, .close:focus-visible { background: rgba(127, 127, 127, 0.2); }
.foot { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-top: 10px; }
.foot button { border: 1px solid #d1d5db; background: transparent; border-radius: 6px; padding: 2px 10px; }
.foot button:disabled { opacity: 0.4; cursor: default; }
.pos { font-size: 12px; color: #6b7280; }
.hint { margin: 6px 0 0; font-size: 11px; color: #6b7280; }
:host([data-theme=dark]) h3, :host([data-theme=dark]) .pos, :host([data-theme=dark]) .hint { color: #9ca3af; }
:host([data-theme=dark]) .foot button { border-color: #4b5563; }
`;
