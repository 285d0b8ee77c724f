import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

/** The widget's message catalogues (public/embed/locales/<language>.js): each has exactly the English keys, well-formed. */
const DIR = path.resolve(__dirname, '..', 'public', 'embed', 'locales');
type Message = string | Record<string, string>;

function catalogue(language: string): Record<string, Message> {
  const context = { window: {} as { ParleyMessages?: Record<string, Record<string, Message>> } };
  vm.runInNewContext(fs.readFileSync(path.join(DIR, `${language}.js`), 'utf8'), context);
  const messages = context.window.ParleyMessages?.[language];
  if (!messages) throw new Error(`${language}.js does not register window.ParleyMessages.${language}`);
  return messages;
}
const placeholders = (m: Message) => [...new Set((typeof m === 'string' ? [m] : Object.values(m)).flatMap((s) => s.match(/\{\w+\}/g) ?? []))].sort();

describe('widget message catalogues', () => {
  const languages = fs.readdirSync(DIR).filter((f) => f.endsWith('.js')).map((f) => f.replace(/\.js$/, '')).sort();
  const en = catalogue('en');

  it('ships English, German, French and Spanish', () => {
    expect(languages).toEqual(['de', 'en', 'es', 'fr']);
  });

  it.each(languages.filter((l) => l !== 'en'))('%s has exactly the keys of en, the same placeholders and plural forms', (language) => {
    const messages = catalogue(language);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of Object.entries(messages)) {
      expect([key, typeof message]).toEqual([key, typeof en[key]]);
      expect([key, placeholders(message)]).toEqual([key, placeholders(en[key]!)]);
      if (typeof message === 'string') expect([key, message.trim().length > 0]).toEqual([key, true]);
      // plural messages: the same forms as English (one, other); others (es/fr "many") fall back to other
      else expect([key, Object.keys(message).sort()]).toEqual([key, Object.keys(en[key] as object).sort()]);
    }
  });

  it('en has no empty messages and every plural message has an "other" form', () => {
    for (const [key, message] of Object.entries(en)) {
      if (typeof message === 'string') expect([key, message.length > 0]).toEqual([key, true]);
      else expect([key, typeof message.other]).toEqual([key, 'string']);
    }
  });
});
