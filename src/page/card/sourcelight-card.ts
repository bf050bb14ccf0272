// The card opened by a click on a highlight: a <sourcelight-card> element with an open shadow
// root. It is not registered with customElements (Chromium's content-script world is known to have
// no registry); a valid custom-element name may still carry a shadow root. Page text goes in via
// textContent only. Every word comes from the Localizer (the browser's _locales messages).
import type { CardModel } from './card-model.ts';
import { CARD_CSS } from './card-styles.ts';
import type { Localizer } from './localizer.ts';
import { placeCard, type Box } from './place-card.ts';
import { describeCounts, KIND_KEY, SOURCE_TYPE_KEY, withQuoteMarks } from './statements.ts';
import { ALSO_CSS, renderAlsoQuoted, type AlsoQuotedView } from './also-quoted.ts';

export const CARD_TAG = 'sourcelight-card';

export interface CardCallbacks {
  /** Previous (-1) or next (+1) quote in the article. */
  onStep(direction: 1 | -1): void;
  /** A quote in the list was chosen: scroll there. */
  onSelect(attribution: number): void;
  onClose?(): void;
  /** "See all in your journal": open the reading journal at this person's page. */
  onOpenJournal?(person: string): void;
}

export interface CardTarget {
  /** The boxes of the text the card explains, in client coordinates (read at each reposition). */
  rects(): Box[];
  /** The pointer's x, when opened by a click. */
  anchorX?: number;
}

const HOST_STYLE = [
  // (no `all: initial` here: inline !important spacing would lock text spacing for readers who
  // adjust it; the shadow stylesheet's :host rule resets inherited styles instead)
  'position: fixed', 'z-index: 2147483647', 'display: block', 'margin: 0', 'padding: 0',
  'border: 0', 'width: 360px', 'max-width: calc(100vw - 16px)', 'box-sizing: border-box',
].map((d) => `${d} !important`).join('; ');

export class SourcelightCard {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly doc: Document;
  private ac: AbortController | null = null;
  private target: CardTarget | null = null;
  private returnFocus: Element | null = null;
  private frame = 0;
  model: CardModel | null = null;
  /** Where else the reader met this speaker (from the reading journal), once known. */
  also: AlsoQuotedView | null = null;

  constructor(doc: Document, private readonly cb: CardCallbacks, private readonly l: Localizer) {
    this.doc = doc;
    this.host = doc.createElement(CARD_TAG);
    this.host.setAttribute('style', HOST_STYLE);
    this.root = this.host.attachShadow({ mode: 'open' });
  }

  get isOpen(): boolean {
    return this.host.isConnected;
  }

  /** Show (or update) the card for a model next to its target; focus moves into the card. */
  open(model: CardModel, target: CardTarget, theme: 'light' | 'dark'): void {
    const wasOpen = this.isOpen;
    if (!wasOpen) {
      const active = this.doc.activeElement;
      this.returnFocus = active && active !== this.host ? active : null;
    }
    if (this.model !== model) this.also = null;
    this.model = model;
    this.target = target;
    this.host.dataset.theme = theme;
    this.render(model);
    if (!wasOpen) {
      this.doc.documentElement.appendChild(this.host);
      this.listen();
    }
    this.position();
    (this.root.querySelector('.card') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  /** Add the journal's "also quoted" line to the card showing this model. */
  setAlso(model: CardModel, info: AlsoQuotedView | null): void {
    if (this.model !== model || !this.isOpen) return;
    this.also = info;
    const focused = this.root.activeElement;
    this.render(model);
    if (!focused || focused.classList.contains('card')) (this.root.querySelector('.card') as HTMLElement | null)?.focus({ preventScroll: true });
    this.position();
  }

  close(restoreFocus = true): void {
    if (!this.isOpen) return;
    this.ac?.abort();
    this.ac = null;
    cancelAnimationFrame(this.frame);
    this.host.remove();
    this.model = null;
    this.also = null;
    this.target = null;
    const back = this.returnFocus as HTMLElement | null;
    this.returnFocus = null;
    if (restoreFocus && back && back.isConnected && typeof back.focus === 'function') back.focus({ preventScroll: true });
    this.cb.onClose?.();
  }

  /** Put the card next to its target again (after a scroll or resize). */
  position(): void {
    if (!this.target || !this.isOpen) return;
    const win = this.doc.defaultView!;
    const vw = this.doc.documentElement.clientWidth || win.innerWidth;
    const vh = win.innerHeight;
    const visible = this.target.rects().filter((r) => r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw);
    const card = this.root.querySelector('.card') as HTMLElement;
    this.host.style.setProperty('max-height', 'none', 'important');
    const size = { width: Math.min(360, vw - 16), height: card.scrollHeight + 2 };
    let p = placeCard(size, visible, vw, vh, this.target.anchorX);
    if (p.side === 'over' && visible.length > 1) {
      // The text fills the screen: keep clear of at least the line under the pointer.
      const ax = this.target.anchorX;
      const line = visible.find((r) => ax === undefined || (ax >= r.left && ax <= r.right)) ?? visible[0]!;
      p = placeCard(size, [line], vw, vh, ax);
    }
    const s = this.host.style;
    s.setProperty('left', `${Math.round(p.left)}px`, 'important');
    s.setProperty('top', `${Math.round(p.top)}px`, 'important');
    s.setProperty('width', `${Math.round(p.maxWidth)}px`, 'important');
    s.setProperty('max-height', `${Math.round(p.maxHeight)}px`, 'important');
    this.host.dataset.side = p.side;
  }

  private listen(): void {
    this.ac = new AbortController();
    const signal = this.ac.signal;
    const win = this.doc.defaultView!;
    const later = () => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.position());
    };
    win.addEventListener('scroll', later, { capture: true, passive: true, signal });
    win.addEventListener('resize', later, { passive: true, signal });
    this.root.addEventListener('keydown', (e) => this.onKey(e as KeyboardEvent), { signal });
    // Esc also closes when focus has gone back to the page.
    win.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !e.defaultPrevented && this.isOpen) this.close();
    }, { signal });
    this.root.addEventListener('click', (e) => {
      const el = (e.target as Element | null)?.closest?.('button');
      if (!el) return;
      if (el.classList.contains('close')) this.close();
      else if (el.classList.contains('prev')) this.cb.onStep(-1);
      else if (el.classList.contains('next')) this.cb.onStep(1);
      else if (el.classList.contains('journal') && el.dataset.person) this.cb.onOpenJournal?.(el.dataset.person);
      else if (el.dataset.attribution) this.cb.onSelect(Number(el.dataset.attribution));
    }, { signal });
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close();
    } else if ((e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'n') && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      this.cb.onStep(1);
    } else if ((e.key === 'ArrowLeft' || e.key === 'ArrowUp' || e.key === 'p') && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      this.cb.onStep(-1);
    }
  }

  private render(m: CardModel): void {
    const d = this.doc;
    const l = this.l;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
      const e = d.createElement(tag);
      if (cls) e.className = cls;
      if (text !== undefined) e.textContent = text;
      return e;
    };
    const style = el('style');
    style.textContent = CARD_CSS + ALSO_CSS;
    const card = el('section', 'card');
    card.lang = l.lang;
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-modal', 'false');
    card.setAttribute('aria-labelledby', 'sl-name');
    card.setAttribute('aria-describedby', 'sl-meta');
    card.tabIndex = -1;

    const header = el('div', 'head');
    const who = el('div', 'who');
    const h2 = el('h2', undefined, m.name ?? l.t('noSourceNamed'));
    h2.id = 'sl-name';
    who.append(h2);
    const badge = el('span', m.leader ? 'badge leader' : 'badge', l.t(m.leader ? 'leaderBadge' : SOURCE_TYPE_KEY[m.type]));
    who.append(badge);
    const close = el('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', l.t('cardClose'));
    header.append(who, close);
    card.append(header);

    const meta = el('div');
    meta.id = 'sl-meta';
    const roleLine = [m.role, m.country].filter(Boolean).join(' · ');
    if (roleLine) meta.append(el('p', 'meta role', roleLine));
    if (m.cue) {
      const cue = el('p', 'meta cue', `${l.t('cardCue')} `);
      cue.append(el('b', undefined, m.cue));
      meta.append(cue);
    }
    meta.append(el('p', 'meta counts', l.t('cardCounts', describeCounts(m.counts, l))));
    card.append(meta);
    const also = renderAlsoQuoted(d, this.also, m.name ?? l.t('noSourceNamed'), l);
    if (also) card.append(also);

    if (m.quotes.length) {
      const h3 = el('h3', undefined, l.t(m.quotes.length === 1 ? 'cardSaysOne' : 'cardSaysAll'));
      h3.id = 'sl-quotes';
      const ol = el('ol');
      ol.setAttribute('aria-labelledby', 'sl-quotes');
      for (const q of m.quotes) {
        const li = el('li');
        // Direct quotes carry their own marks in the text; add them only where the span has none.
        const marked = withQuoteMarks(q.kind, q.text);
        const b = el('button', `quote ${q.kind}`, marked);
        b.type = 'button';
        b.dataset.attribution = String(q.attribution);
        b.setAttribute('aria-label', l.t('cardQuoteLabel', l.t(KIND_KEY[q.kind]), q.text));
        if (q.attribution === m.current) b.setAttribute('aria-current', 'true');
        li.append(b);
        ol.append(li);
      }
      card.append(h3, ol);
    }

    const footer = el('div', 'foot');
    const prev = el('button', 'prev', l.t('cardPrev'));
    prev.type = 'button';
    prev.setAttribute('aria-label', l.t('cardPrevLabel'));
    const next = el('button', 'next', l.t('cardNext'));
    next.type = 'button';
    next.setAttribute('aria-label', l.t('cardNextLabel'));
    prev.disabled = next.disabled = m.total === 0;
    const pos = el('span', 'pos', m.position ? l.t('cardPosition', m.position, m.total) : l.plural('cardTotal', m.total));
    pos.setAttribute('aria-live', 'polite');
    footer.append(prev, pos, next);
    card.append(footer);
    card.append(el('p', 'hint', l.t('cardHint')));

    this.root.replaceChildren(style, card);
  }
}
