/*
 * Renders a comment body with the rules engine's matches highlighted, using only text nodes and
 * <mark> elements (never innerHTML): `ranges` are { start, end } UTF-16 offsets into `text`.
 * Overlapping or out-of-range offsets are merged or clipped.
 */
(function (global) {
  'use strict';
  function normalise(text, ranges) {
    const valid = (ranges || [])
      .filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.end > r.start)
      .map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end), title: r.title || '' }))
      .filter((r) => r.end > r.start)
      .sort((a, b) => a.start - b.start);
    const merged = [];
    for (const r of valid) {
      const last = merged[merged.length - 1];
      if (last && r.start <= last.end) {
        last.end = Math.max(last.end, r.end);
        if (r.title && !last.title.includes(r.title)) last.title += (last.title ? ', ' : '') + r.title;
      } else merged.push({ ...r });
    }
    return merged;
  }
  function renderHighlighted(doc, text, ranges) {
    const frag = doc.createDocumentFragment();
    let at = 0;
    for (const r of normalise(text, ranges)) {
      if (r.start > at) frag.appendChild(doc.createTextNode(text.slice(at, r.start)));
      const mark = doc.createElement('mark');
      mark.textContent = text.slice(r.start, r.end);
      if (r.title) mark.title = r.title;
      frag.appendChild(mark);
      at = r.end;
    }
    if (at < text.length) frag.appendChild(doc.createTextNode(text.slice(at)));
    return frag;
  }
  global.ParleyHighlight = { normalise, renderHighlighted };
  if (typeof module !== 'undefined') module.exports = global.ParleyHighlight;
})(typeof window !== 'undefined' ? window : globalThis);
