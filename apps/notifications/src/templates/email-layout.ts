import { Language } from '../notify/categories';
import { RenderedMessage } from './templates';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A small page for the routes people open from an email (unsubscribe, address confirmation). */
export const htmlPage = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:40em;margin:2em auto">${body}</body></html>`;

export interface EmailFooter {
  note: string;
  unsubscribe?: { label: string; url: string };
}

/** Plain-text and HTML bodies from one or more rendered messages (a digest has several). */
export function layoutEmail(lang: Language, sections: RenderedMessage[], intro: string | null, foot: EmailFooter): { text: string; html: string } {
  const text: string[] = [];
  const html: string[] = [];
  if (intro) {
    text.push(intro, '');
    html.push(`<p>${escapeHtml(intro)}</p>`);
  }
  for (const s of sections) {
    if (sections.length > 1 || intro) {
      text.push(`## ${s.subject}`);
      html.push(`<h2 style="font-size:16px">${escapeHtml(s.subject)}</h2>`);
    }
    text.push(...s.lines);
    html.push(...s.lines.map((l) => `<p>${escapeHtml(l)}</p>`));
    if (s.action) {
      text.push(`${s.action.label}: ${s.action.url}`);
      html.push(`<p><a href="${escapeHtml(s.action.url)}">${escapeHtml(s.action.label)}</a></p>`);
    }
    text.push('');
  }
  text.push('--', foot.note);
  html.push(`<hr><p style="color:#666;font-size:12px">${escapeHtml(foot.note)}`);
  if (foot.unsubscribe) {
    text.push(`${foot.unsubscribe.label}: ${foot.unsubscribe.url}`);
    html.push(`<br><a href="${escapeHtml(foot.unsubscribe.url)}">${escapeHtml(foot.unsubscribe.label)}</a>`);
  }
  html.push('</p>');
  return {
    text: text.join('\n') + '\n',
    html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body style="font-family:sans-serif">${html.join('\n')}</body></html>`,
  };
}
