import { compileRuleSet, evaluate } from '../engine';
import { withoutReportedQuotations } from './terms';

const rs = compileRuleSet({ rules: [{ id: 'suspect', type: 'suspect-terms', category: 'harassment', terms: ['idiot*', 'waste of space'] }] });

describe('suspect-terms rule', () => {
  it('flags matches for review', () => {
    const d = evaluate(rs, { body: 'You are an idiot and a waste of   space.' });
    expect(d.decision).toBe('flagged');
    expect(d.reasons.map((r) => [r.action, r.category, r.excerpt])).toEqual([
      ['flag', 'harassment', 'idiot'],
      ['flag', 'harassment', 'waste of   space'],
    ]);
    expect(d.reasons[0].message).toMatch(/attack another person/);
  });

  it('leaves innocent text alone', () => {
    expect(evaluate(rs, { body: 'An idiosyncratic but spacious waste-water plan' }).decision).toBe('approved');
  });
});

describe('suspect-terms: selfDirected', () => {
  const self = compileRuleSet({ rules: [{ id: 's', type: 'suspect-terms', terms: ['idiot', 'moron*', 'fool'], selfDirected: true }] });
  const plain = compileRuleSet({ rules: [{ id: 's', type: 'suspect-terms', terms: ['idiot', 'moron*', 'fool'] }] });

  it.each([["I'm an idiot, I misread the headline"], ['I am such a moron for believing the timetable'], ['I was a complete fool to trust them'], ['Call me a fool, but I liked it'], ['I’m the biggest idiot here']])(
    'passes a word the writer calls themselves: %s',
    (body) => {
      expect(evaluate(self, { body }).decision).toBe('approved');
      expect(evaluate(plain, { body }).decision).toBe('flagged');
    },
  );

  it.each([['You are an idiot'], ['I think you are a moron'], ['I was called an idiot by a moron'], ["I'm sick of you idiots and your fool ideas"], ['Tim is a fool']])(
    'still flags the word aimed at anyone else: %s',
    (body) => {
      expect(evaluate(self, { body }).decision).toBe('flagged');
    },
  );

  it('is validated as a boolean', () => {
    expect(() => compileRuleSet({ rules: [{ id: 's', type: 'suspect-terms', terms: ['idiot'], selfDirected: 'yes' as unknown as boolean }] })).toThrow(/selfDirected/);
  });
});

describe('withoutReportedQuotations', () => {
  it('blanks out each quotation with a reporting verb outside it in the same sentence, keeping the length', () => {
    const text = 'A commenter compared them to "a plague of locusts". I have met them. "Lovely people", she says.';
    const out = withoutReportedQuotations(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain('locusts');
    expect(out).toContain('I have met them.');
    // "says" reports the second quotation, after it
    expect(out).not.toContain('Lovely');
  });

  it('keeps quotations nobody reports, curly ones included, and returns the text itself when nothing is blanked', () => {
    const scare = 'These "refugees" are vermin.';
    expect(withoutReportedQuotations(scare)).toBe(scare);
    expect(withoutReportedQuotations('no quotation marks here')).toBe('no quotation marks here');
    expect(withoutReportedQuotations('She said “go home” to him.')).toBe('She said ' + ' '.repeat('“go home”'.length) + ' to him.');
    // an opening mark with no closing one
    expect(withoutReportedQuotations('he said "go home')).toBe('he said "go home');
  });
});
