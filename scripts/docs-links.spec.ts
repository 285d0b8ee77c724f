/**
 * Every relative link in README.md and docs/*.md points at a file that exists, and every
 * anchor (`#heading`, `page.md#heading`) at a heading of that page, using GitHub's rules for
 * heading ids.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/** GitHub's heading id: lower case, punctuation dropped (hyphens and underscores kept), spaces to hyphens. */
export function headingId(text: string): string {
  return text
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The lines of a markdown file, with those inside fenced code blocks marked. */
function lines(markdown: string): { text: string; code: boolean }[] {
  const out: { text: string; code: boolean }[] = [];
  let fence: string | null = null;
  for (const text of markdown.split('\n')) {
    const marker = /^\s*(```+|~~~+)/.exec(text)?.[1];
    if (marker) {
      if (fence === null) fence = marker[0];
      else if (marker[0] === fence) fence = null;
      out.push({ text, code: true });
      continue;
    }
    out.push({ text, code: fence !== null });
  }
  return out;
}

export function anchorsOf(markdown: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text, code } of lines(markdown)) {
    const heading = code ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(text);
    if (!heading) continue;
    const id = headingId(heading[1]);
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    ids.add(n === 0 ? id : `${id}-${n}`);
  }
  for (const m of markdown.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) ids.add(m[1]);
  return ids;
}

export interface Link {
  file: string;
  line: number;
  target: string;
}

export function linksOf(file: string, markdown: string): Link[] {
  const links: Link[] = [];
  lines(markdown).forEach(({ text, code }, i) => {
    if (code) return;
    const source = text.replace(/`+[^`]*`+/g, ''); // not inside code spans
    for (const m of source.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ file, line: i + 1, target: m[1] });
    for (const m of source.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/g)) links.push({ file, line: i + 1, target: m[1] });
  });
  return links;
}

/** What is wrong with one link, or null when it resolves. */
export function checkLink(link: Link, read: (file: string) => string | null): string | null {
  const { target } = link;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null; // http:, https:, mailto:
  const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
  const resolved = pathPart ? path.resolve(path.dirname(link.file), decodeURIComponent(pathPart)) : link.file;
  if (!resolved.startsWith(ROOT)) return `${target} points outside the repository`;
  if (!fs.existsSync(resolved)) return `${target}: ${path.relative(ROOT, resolved)} does not exist`;
  if (anchor === undefined || anchor === '') return null;
  if (fs.statSync(resolved).isDirectory() || !resolved.endsWith('.md')) return `${target}: an anchor into a file that is not markdown`;
  const text = read(resolved);
  if (text === null) return `${target}: cannot read ${resolved}`;
  return anchorsOf(text).has(decodeURIComponent(anchor)) ? null : `${target}: no heading #${anchor} in ${path.relative(ROOT, resolved)}`;
}

function documentationFiles(): string[] {
  const docs = path.join(ROOT, 'docs');
  const pages = fs.existsSync(docs) ? fs.readdirSync(docs).filter((f) => f.endsWith('.md')).map((f) => path.join(docs, f)) : [];
  return [path.join(ROOT, 'README.md'), ...pages.sort()];
}

const read = (file: string) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

describe('documentation links', () => {
  const files = documentationFiles();

  it('finds the README and the docs pages', () => {
    expect(files.map((f) => path.relative(ROOT, f))).toEqual(expect.arrayContaining(['README.md', 'docs/architecture.md', 'docs/configuration.md']));
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))('every relative link and anchor in %s resolves', (_name, file) => {
    const links = linksOf(file, fs.readFileSync(file, 'utf8'));
    const broken = links.map((l) => [l, checkLink(l, read)] as const).filter(([, problem]) => problem !== null).map(([l, problem]) => `${path.relative(ROOT, l.file)}:${l.line}: ${problem}`);
    expect(broken).toEqual([]);
  });

  describe('the checker itself', () => {
    const page = path.join(ROOT, 'docs', 'testing.md'); // an existing page; its text is stubbed
    const md = ['# Title', '', '## The `npm start` way (local)', '', '## Title', '', 'See [x](#the-npm-start-way-local) and [y](#title-1).', '', '```', '[in code](nowhere.md)', '```', 'And `[in span](nowhere.md)`.'].join('\n');

    it('derives GitHub heading ids, numbering repeats', () => {
      expect([...anchorsOf(md)]).toEqual(['title', 'the-npm-start-way-local', 'title-1']);
    });

    it('ignores links in code and accepts existing anchors', () => {
      const links = linksOf(page, md);
      expect(links.map((l) => l.target)).toEqual(['#the-npm-start-way-local', '#title-1']);
      expect(links.map((l) => checkLink(l, () => md))).toEqual([null, null]);
    });

    it('reports a missing file and a missing heading', () => {
      expect(checkLink({ file: page, line: 1, target: 'missing-page.md' }, read)).toMatch(/does not exist/);
      expect(checkLink({ file: path.join(ROOT, 'README.md'), line: 1, target: 'docs/architecture.md#no-such-heading' }, read)).toMatch(/no heading #no-such-heading/);
      expect(checkLink({ file: page, line: 1, target: '#nowhere' }, () => md)).toMatch(/no heading/);
    });
  });
});
