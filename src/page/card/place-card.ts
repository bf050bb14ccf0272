// Where the card goes: inside the viewport and clear of the text it explains. Tries below,
// above, right and left of the target's box; when none fits whole, the roomiest side is used
// and the card shrinks (it scrolls inside). Pure geometry, so it is tested without a browser.
export interface Box { left: number; top: number; right: number; bottom: number }
export interface Placement { left: number; top: number; maxWidth: number; maxHeight: number; side: 'below' | 'above' | 'right' | 'left' | 'over' }

const GAP = 8;
const MARGIN = 8;
const MIN_W = 220;
const MIN_H = 120;

export function unionBox(rects: readonly Box[]): Box | null {
  if (!rects.length) return null;
  return rects.reduce((u, r) => ({
    left: Math.min(u.left, r.left), top: Math.min(u.top, r.top),
    right: Math.max(u.right, r.right), bottom: Math.max(u.bottom, r.bottom),
  }));
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/**
 * @param card  the card's natural size
 * @param target the boxes of the text the card explains (client coordinates)
 * @param vw, vh the viewport size
 * @param anchorX where the pointer was (the card is centred on it horizontally when above/below)
 */
export function placeCard(card: { width: number; height: number }, target: readonly Box[], vw: number, vh: number, anchorX?: number): Placement {
  const t = unionBox(target) ?? { left: vw / 2, right: vw / 2, top: vh / 2, bottom: vh / 2 };
  const w = Math.min(card.width, vw - 2 * MARGIN);
  const x = clamp((anchorX ?? (t.left + t.right) / 2) - w / 2, MARGIN, vw - MARGIN - w);
  const sides = [
    { side: 'below' as const, room: { w: vw - 2 * MARGIN, h: vh - MARGIN - (t.bottom + GAP) } },
    { side: 'above' as const, room: { w: vw - 2 * MARGIN, h: t.top - GAP - MARGIN } },
    { side: 'right' as const, room: { w: vw - MARGIN - (t.right + GAP), h: vh - 2 * MARGIN } },
    { side: 'left' as const, room: { w: t.left - GAP - MARGIN, h: vh - 2 * MARGIN } },
  ];
  const at = (side: Placement['side'], mw: number, mh: number): Placement => {
    const cw = Math.min(w, mw);
    const ch = Math.min(card.height, mh);
    switch (side) {
      case 'below': return { side, left: x, top: t.bottom + GAP, maxWidth: cw, maxHeight: mh };
      case 'above': return { side, left: x, top: t.top - GAP - ch, maxWidth: cw, maxHeight: mh };
      case 'right': return { side, left: t.right + GAP, top: clamp(t.top, MARGIN, vh - MARGIN - ch), maxWidth: cw, maxHeight: mh };
      case 'left': return { side, left: t.left - GAP - cw, top: clamp(t.top, MARGIN, vh - MARGIN - ch), maxWidth: cw, maxHeight: mh };
      default: return { side, left: MARGIN, top: MARGIN, maxWidth: cw, maxHeight: mh };
    }
  };
  for (const s of sides) if (s.room.w >= w && s.room.h >= card.height) return at(s.side, s.room.w, s.room.h);
  const usable = sides.filter((s) => s.room.w >= Math.min(MIN_W, w) && s.room.h >= Math.min(MIN_H, card.height));
  if (usable.length) {
    const best = usable.reduce((a, b) => (b.room.w * Math.min(b.room.h, card.height) > a.room.w * Math.min(a.room.h, card.height) ? b : a));
    return at(best.side, best.room.w, best.room.h);
  }
  // The text fills the viewport: nothing is clear of it. Corner, small.
  return at('over', w, Math.min(card.height, vh - 2 * MARGIN));
}
