import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';

/** One element found at a record path, flattened: `fields['author/name']`, attributes as `fields['thread@dsq:id']`. */
export interface XmlRecord {
  /** The record path it was found at (`disqus/post`). */
  path: string;
  fields: Record<string, string>;
  /** 1-based line of the element's start tag, for error messages. */
  line: number;
}

export class MalformedExportError extends Error {}

/**
 * Streams the elements of an XML file found at the given paths (element names joined by `/`,
 * prefixes kept as written: `rss/channel/item/wp:comment`) as flat records, reading the file in
 * chunks through the `saxes` streaming parser: memory stays proportional to one record, not the
 * file. A record nested in another (a WordPress comment inside its post) is emitted before the
 * enclosing one, which does not contain its fields. Malformed XML rejects with the line and column.
 * `onBytes` reports progress (bytes read so far).
 */
export async function* xmlRecords(file: string, recordPaths: readonly string[], onBytes?: (bytes: number) => void): AsyncGenerator<XmlRecord> {
  const wanted = new Set(recordPaths);
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  /** Open records: path depth where each starts, and its fields. */
  const open: Array<{ depth: number; record: XmlRecord }> = [];
  const ready: XmlRecord[] = [];
  let text = '';
  let error: Error | null = null;

  const relative = (r: { depth: number }) => stack.slice(r.depth).join('/');
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    text = '';
    const path = stack.join('/');
    if (wanted.has(path)) open.push({ depth: stack.length, record: { path, fields: {}, line: parser.line } });
    const current = open[open.length - 1];
    if (!current) return;
    const rel = relative(current);
    for (const [name, value] of Object.entries(tag.attributes)) current.record.fields[`${rel}@${name}`] = String(value);
  });
  const onText = (t: string) => {
    if (open.length) text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const current = open[open.length - 1];
    if (current && stack.length === current.depth) {
      ready.push(current.record);
      open.pop();
    } else if (current && stack.length > current.depth) {
      const rel = relative(current);
      if (text) current.record.fields[rel] = (current.record.fields[rel] ?? '') + text;
    }
    text = '';
    stack.pop();
  });
  parser.on('error', (err) => {
    error ??= new MalformedExportError(`malformed XML: ${err.message}`);
  });

  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  let bytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      bytes += Buffer.byteLength(chunk);
      parser.write(chunk);
      if (error) throw error;
      onBytes?.(bytes);
      while (ready.length) yield ready.shift()!;
    }
    parser.close();
    if (error) throw error;
    while (ready.length) yield ready.shift()!;
  } catch (err) {
    if (err instanceof MalformedExportError) throw err;
    if ((err as NodeJS.ErrnoException).code) throw err;
    throw new MalformedExportError(`malformed XML: ${(err as Error).message}`);
  } finally {
    stream.destroy();
  }
}
