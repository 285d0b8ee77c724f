import { compileRuleSet, evaluate } from '../engine';
import type { PersonalInformationRule } from '../types';
import { findEmails, findPhoneNumbers, findVehicleRegistrations } from './personal-information.rule';

const run = (rule: Omit<PersonalInformationRule, 'id' | 'type'>, body: string) =>
  evaluate(compileRuleSet({ rules: [{ id: 'pi', type: 'personal-information', ...rule }] }), { body });

describe('findEmails', () => {
  it('finds plain and obfuscated addresses', () => {
    expect(findEmails('write to Jane.Doe+news@Example.co.uk today').map((e) => e.value)).toEqual(['jane.doe+news@example.co.uk']);
    expect(findEmails('jane [at] example [dot] com').map((e) => e.value)).toEqual(['jane@example.com']);
    expect(findEmails('jane(at)example(dot)org').map((e) => e.value)).toEqual(['jane@example.org']);
    expect(findEmails('jane at example dot com').map((e) => e.value)).toEqual(['jane@example.com']);
  });

  it('ignores at-signs that are not addresses', () => {
    expect(findEmails('@editor thanks, meet at 5, look at this dot')).toEqual([]);
  });
});

describe('findPhoneNumbers', () => {
  it.each(['+44 20 7946 0958', '020 7946 0958', '(555) 123-4567', '555-123-4567', '07700900123', '0049 30 1234567', '06 12 34 56 78', '030/12345678'])(
    'finds %s',
    (phone) => {
      expect(findPhoneNumbers(`call ${phone} now`).map((p) => p.value)).toEqual([phone]);
    },
  );

  it.each(['1 000 000 000', '€1 500 000 000', '3.14159265358', '12/05/2023 10:30', 'in 1914 1918 1939', '2019-2020', 'ISBN 12345', '£1500000000', 'shirts 2015/16 15/16 season', 'accounts 2019-20 2020-21 2021-22'])(
    'does not take %s for a phone number',
    (text) => {
      expect(findPhoneNumbers(text)).toEqual([]);
    },
  );
});

describe('findVehicleRegistrations', () => {
  it.each([
    ['drives the white transit HN66 KLT', 'HN66 KLT'],
    ['her car is the red fiesta MA65 ZPL. just so ppl know', 'MA65 ZPL'],
    ['KR17 XPT, silver Corolla, parks at the Tesco every morning', 'KR17 XPT'],
    ['black Golf WN68TXA outside the gym', 'WN68TXA'],
  ])('finds the plate in %s', (text, plate) => {
    expect(findVehicleRegistrations(text).map((r) => r.value)).toEqual([plate]);
  });

  it.each([
    // no vehicle in the plate's sentence
    'the code is HN66 KLT. Her car is in the garage',
    // a police appeal, a theft, one's own van
    'police want to speak to the driver of a blue van, HN66 KLT',
    'a silver Corsa KN65 TRA was stolen from Mill Lane overnight',
    'my van LM68 WQN is the one with the ladder on top',
    // not the current format
    'the A380 ABC and the B52s',
  ])('finds no plate said to be someone\'s in %s', (text) => {
    expect(findVehicleRegistrations(text)).toEqual([]);
  });
});

describe('personal-information rule', () => {
  it('flags emails and phones by default, with excerpts', () => {
    const d = run({}, 'mail jane@example.com or call 020 7946 0958');
    expect(d.decision).toBe('flagged');
    expect(d.reasons.map((r) => [r.action, r.category, r.excerpt])).toEqual([
      ['flag', 'personal-information', 'jane@example.com'],
      ['flag', 'personal-information', '020 7946 0958'],
    ]);
  });

  it('can reject, per kind', () => {
    expect(run({ action: 'reject' }, 'jane@example.com').decision).toBe('rejected');
    expect(run({ phoneAction: 'reject' }, 'jane@example.com').decision).toBe('flagged');
    expect(run({ phoneAction: 'reject' }, '020 7946 0958').decision).toBe('rejected');
  });

  it('can be limited to one kind and allow newsroom addresses', () => {
    expect(run({ phones: false }, '020 7946 0958').decision).toBe('approved');
    expect(run({ emails: false }, 'jane@example.com').decision).toBe('approved');
    expect(run({}, 'write to jane@news.paper.co.uk').decision).toBe('flagged');
    expect(run({ allowEmailDomains: ['paper.co.uk'] }, 'write to jane@news.paper.co.uk').decision).toBe('approved');
  });

  it("passes a role's mailbox and a firm's number, not a person's", () => {
    for (const body of [
      'For bookings email info@theploughinn.example',
      'Got a story? Email news@dalebyherald.co.uk',
      'the arena says email lostproperty@arena-example.co.uk',
      'Write to letters.desk@paper.example',
      'Central Cars on 01632 960 555 has two wheelchair-accessible vans',
      'Feldberg Lettings is closed Saturdays, so ring them Monday on 01632 960725.',
    ]) {
      expect([body, run({}, body).decision]).toEqual([body, 'approved']);
    }
    for (const body of ['email jane.smith@example.com', 'information-jane@example.com is her own', "I've sold both cars, ring me on 07700 900123", 'Central Cars? No, ring my mobile 07700 900123']) {
      expect([body, run({}, body).decision]).toEqual([body, 'flagged']);
    }
  });

  it('honours minPhoneDigits', () => {
    expect(run({ minPhoneDigits: 7 }, 'call 555 1234').decision).toBe('flagged');
    expect(run({}, 'call 555 1234').decision).toBe('approved');
  });
});

describe('street addresses', () => {
  it.each([
    ['She lives at 4 Cedar Close, go and tell her.', '4 Cedar Close'],
    ['His house: 221B Baker Street', '221B Baker Street'],
    ['The reporter lives at 8 Rue de la Paix.', '8 Rue de la Paix'],
    ['He lives at Hauptstraße 12 in Berlin', 'Hauptstraße 12'],
    ['22 Marlow Road, Leeds LS6 2AB', '22 Marlow Road, Leeds LS6 2AB'],
    ['1187 Oakwood Drive, Springfield, IL 62704', '1187 Oakwood Drive, Springfield, IL 62704'],
    // a full postal address next to an organisation is still a person's when the sentence says so
    ['His address is 22 Marlow Road, Leeds LS6 2AB, near the council offices.', '22 Marlow Road, Leeds LS6 2AB'],
    // typed in lower case, next to a person
    ['this is the guy: tom fletcher, 14 ashgrove rd, stockport', '14 ashgrove rd'],
    ['she lives at 7 mill lane lol', '7 mill lane'],
    ['name is jo, 3a upper albert street. you know what to do', '3a upper albert street'],
  ])('flags %s (next to a person, or with a postcode)', (body, excerpt) => {
    const d = run({}, body);
    expect(d.decision).toBe('flagged');
    expect(d.reasons.map((r) => r.excerpt)).toContain(excerpt);
  });

  it.each([
    'The new office is at 20 Market Street.',
    'In 1995 Main Street flooded twice.',
    'The vote was 312 to 297, a majority of 15.',
    'Final: 2-1 after extra time (3-3 on aggregate).',
    'Sold for £1,250,000 on 03/04/2024 at 10:30.',
    'Scores: 98 102 87 110 95',
    'ISBN 978-0-14-103614-4',
    'The bill passed 52-48 in the Senate.',
    // lower case: a number that is a quantity, or no person in the sentence
    'he said it was a 5 minute road trip',
    'she won 3 very close games on the road',
    'his 2 main roads were shut',
    'the council resurfaced 14 ashgrove rd last week',
  ])('does not flag %s', (body) => {
    expect(run({}, body).reasons).toEqual([]);
  });

  it('can be switched off or given its own action', () => {
    expect(run({ addresses: false }, 'She lives at 4 Cedar Close').decision).toBe('approved');
    expect(run({}, 'he drives the white transit HN66 KLT').reasons[0]?.message).toContain('registration number');
    expect(run({ registrations: false }, 'he drives the white transit HN66 KLT').decision).toBe('approved');
    expect(run({ registrationAction: 'reject' }, 'he drives the white transit HN66 KLT').decision).toBe('rejected');
    expect(run({ addressAction: 'reject' }, 'She lives at 4 Cedar Close').decision).toBe('rejected');
  });

  it('finds international phone numbers', () => {
    for (const phone of ['+1 (415) 555-0132', '+33 6 12 34 56 78', '+353 1 234 5678', '+1-202-555-0173', '0049 30 901820']) {
      expect(findPhoneNumbers(`ring ${phone} now`).map((p) => p.value)).toEqual([phone]);
    }
  });

  it('finds a number typed digit by digit with spaced dashes, not a run of separators', () => {
    expect(findPhoneNumbers('her number is 0 7 7 0 0 - 9 0 0 - 4 8 2, text her').map((p) => p.value)).toEqual(['0 7 7 0 0 - 9 0 0 - 4 8 2']);
    // more than one separator besides the spaces still ends the number
    expect(findPhoneNumbers('0 7 7 0 0 -- 9 0 0 4 8 2')).toEqual([]);
  });
});

describe('numbers that are not a person\'s phone', () => {
  it.each([
    'Worth reading the study: https://www.nature.com/articles/s41586-026-01234-5 before judging.',
    'See www.example.org/story?id=4412345678 for the rest.',
    'Call the helpline on 0800 123 456 if you are affected.',
    'Samaritans: 116 123. In the US call 1-800-273-8255.',
    'From abroad: +44 808 800 5000.',
    'If you are affected, the Floodline is 0345 988 1188, open 24 hours.',
    'Their registered office is Unit 4, Riverside Business Park, Leeds.',
    'The depot is at 12 Harbour Road, Trafford Industrial Estate, and the accounts are on Companies House.',
    "The Harris County Clerk's office is at 201 Caroline St, Houston TX 77002, open 8 to 4:30.",
    'The food bank at St Mirin\'s hall, 21 High Street, Paisley PA1 2AY, is open Tuesdays.',
  ])('does not flag %s', (body) => {
    expect(run({}, body).reasons).toEqual([]);
  });

  it('flags a national-rate-looking number given as a person\'s (a Pakistani mobile starts 03 too)', () => {
    expect(run({}, 'Her number is 0321-4478190, text her.').decision).toBe('flagged');
  });

  // the UK writes 03 numbers 4-3-4 ("0345 988 1188"); a Pakistani mobile is 4-7 ("0321-4478192")
  it('takes a number grouped 4-7 for a mobile, not for a UK national-rate number', () => {
    expect(findPhoneNumbers('Farhan Qureshi, 0321-4478192, Block 5 Gulshan').map((p) => p.value)).toEqual(['0321-4478192']);
    expect(findPhoneNumbers('the Floodline is 0345 988 1188').map((p) => p.value)).toEqual([]);
  });

  it('does not take "Found the …" or "Found him" for a lost-and-found appeal', () => {
    expect(run({}, "Found the imam's home: Lyon. Phone 06 12 48 73 90. Pass it on.").decision).toBe('flagged');
    expect(run({}, 'Found: ginger cat near the park, call 07700 900123').decision).toBe('approved');
  });

  it('reads a lower-case wharf or quay as a street', () => {
    expect(run({}, "refs address: flat 3b, 22 canal wharf, leeds. he goes for his run at 6am").decision).toBe('flagged');
  });

  it('flags an address after a titled name, and one readers are sent to say hello at', () => {
    expect(run({}, 'Dr Olamide Fashola, 2219 Birchwood Ave, Ann Arbor MI.').decision).toBe('flagged');
    expect(run({}, 'Olamide Fashola, 2219 Birchwood Ave, Ann Arbor. Go say hi.').decision).toBe('flagged');
    expect(run({}, 'The surgery of Dr Patel is at 12 High St, open Mondays.').decision).toBe('approved');
  });

  it("does not flag a ground's or a victim support line's details", () => {
    expect(run({}, 'For away fans: the ground is at 1 Stadium Way, Wexcombe, WX2 9AA. Ticket office phone 0161 496 0321, opens 10am Saturday.').decision).toBe('approved');
    expect(run({}, 'For anyone affected, the county victim assistance line is 614-555-0100, open 8 to 5 weekdays.').decision).toBe('approved');
    // still a person's when a person is named with it
    expect(run({}, 'The juror lives at 1 Stadium Way, Wexcombe, WX2 9AA, go say hi.').decision).toBe('flagged');
    expect(run({}, 'Call her on 614-555-0100, the support line is useless.').decision).toBe('flagged');
  });

  it("does not flag a shop's, a hire firm's or a stockist's number", () => {
    expect(findPhoneNumbers('Does anyone know if the skip hire place on Canal Street (01632 960441) takes plasterboard?')).toEqual([]);
    expect(findPhoneNumbers('Anyone know if the electronics shop on Regent Road has stock? Their number is 0161 496 0732 but nobody picks up.')).toEqual([]);
    expect(findPhoneNumbers('The shop sacked her, her mobile is 07700 900418').map((p) => p.value)).toEqual(['07700 900418']);
    expect(findPhoneNumbers('Keyworth Locks on the high street, 01632 960412, fitted new cylinders for me for £60.')).toEqual([]);
  });

  it('takes digits grouped in threes for a phone number when it is said to be one ("tel 512 384 906"), not otherwise', () => {
    for (const body of ['Marta: ul. Lipowa 27/4, Lublin, tel 512 384 906.', 'call her on 512 384 906', 'whatsapp: 300 123 4567']) {
      expect([body, run({}, body).decision]).toEqual([body, 'flagged']);
    }
    for (const body of ['The population reached 1 234 567 890 last year.', 'a number of deaths: 512 384 906 in all']) expect([body, run({}, body).decision]).toEqual([body, 'approved']);
  });

  it('still flags a personal number next to a link or a helpline', () => {
    expect(findPhoneNumbers('see https://x.org/a and call 07700 900123').map((p) => p.value)).toEqual(['07700 900123']);
    expect(findPhoneNumbers('helpline 0800 123 456, or me on +44 7700 900123').map((p) => p.value)).toEqual(['+44 7700 900123']);
  });

  it("does not flag an organisation's number named as such, unless a person is named with it", () => {
    expect(findPhoneNumbers('For bookings call 020 7946 0018 or email the box office')).toEqual([]);
    expect(findPhoneNumbers("Ring the council's switchboard on 0161 496 0000")).toEqual([]);
    expect(findPhoneNumbers('Customer services: 0161 496 0000, open 9-5')).toEqual([]);
    expect(findPhoneNumbers("The council leader's private number is 07700 900123").map((p) => p.value)).toEqual(['07700 900123']);
    expect(findPhoneNumbers('Reception 020 7946 0018, his mobile 07700 900123').map((p) => p.value)).toEqual(['07700 900123']);
    expect(findPhoneNumbers('Call him on 020 7946 0018').map((p) => p.value)).toEqual(['020 7946 0018']);
    // selling something is not naming an organisation: spam with a number stays held
    expect(findPhoneNumbers('Cheap tickets, call +44 20 7946 0123 today').map((p) => p.value)).toEqual(['+44 20 7946 0123']);
    expect(findPhoneNumbers('Appointments and reservations: 07700 900123').map((p) => p.value)).toEqual(['07700 900123']);
  });

  it("does not flag a business's number by what it is for, a lost pet's appeal or a pharmacy's \"their number\"", () => {
    expect(findPhoneNumbers('The tip on Barrow Lane is open till 6 now. Call 01632 960321 to book a slot for garden waste.')).toEqual([]);
    expect(findPhoneNumbers('Reiki and massage this week, call 01903 856 801 for details')).toEqual([]);
    expect(findPhoneNumbers('The pharmacy on Cole Street does flu jabs now, their number is (555) 014-2290')).toEqual([]);
    expect(findPhoneNumbers('LOST CAT: grey tabby, went missing near the park on Sunday. Please call Maureen on 07700 900615 if you see her.')).toEqual([]);
    expect(findPhoneNumbers('Lost a jacket at the Kingsmead end on Saturday, keys in the pocket. If found please call 07700 900128, reward offered')).toEqual([]);
    expect(findPhoneNumbers('The coach leaves the Civic Centre at 8am sharp. Ring Linda on 07700 900655 if you need a seat')).toEqual([]);
    expect(findPhoneNumbers('The Citizens Advice office is at 12 Marlow Street, open Mon-Fri 9 to 4, phone 01632 960714.')).toEqual([]);
    expect(findPhoneNumbers('Ring Dave on 07700 900655 if you want to tell him what you think')).toEqual(['07700 900655'].map((v) => ({ start: 13, end: 25, value: v })));
    expect(findPhoneNumbers('Box office 020 7946 0018 or ring Dave on 07700 900123').map((p) => p.value)).toEqual(['07700 900123']);
    // a person named before the number still makes it theirs
    expect(findPhoneNumbers('Ring him on 07700 900615 for details of where he lives').map((p) => p.value)).toEqual(['07700 900615']);
    expect(findPhoneNumbers('The grass who gave evidence, their number is 07700 900615').map((p) => p.value)).toEqual(['07700 900615']);
    expect(findPhoneNumbers('She went missing from the refuge, her mobile is 07700 900615').map((p) => p.value)).toEqual(['07700 900615']);
    // said to be someone's own number right after it, though a street named after a station comes before it
    expect(findPhoneNumbers('The cyclist who caused the pile-up works at the supermarket on Station Road, and 07700 900418 is her mobile.').map((p) => p.value)).toEqual(['07700 900418']);
    expect(findPhoneNumbers('The clinic on Station Road is open late, 01632 960321, their number for bookings')).toEqual([]);
  });

  it("does not flag the number or address of a business or a charity named by its trade, or of a named building", () => {
    for (const body of [
      'Swift Cabs on 01632 960227 are the only firm that will pick up from the retail park after midnight.',
      'The plumber in the article, Dave Hughes Heating, is on 01632 960 882 if anyone else had the same boiler problem.',
      'For anyone with injured wildlife, Fordham Hedgehog Rescue is on 01632 960551, open 8am to 8pm.',
      "The Crown's Sunday roast is £14.95, booking advised on 01632 960551.",
      "Harbour Street Vets' emergency line is 01632 960 118 and they're open 24 hours.",
      'For anyone affected by the raids, Eastfield Legal Aid is at 1340 Morrow St, (555) 210-4400, free consultations.',
      'Elmfield House is at 22 Grange Road if anyone wants to drop off cards for the residents.',
      'The observers meet at the Friends Meeting House, 22 Friars Walk, every Wednesday at 7pm.',
      'Broadcasting House is at Portland Place, London W1A 1AA if you want to send a complaint by post.',
      'For questions about your polling card, ring electoral services on 01632 960000, Monday to Friday 9-5.',
      'Marsh & Ember is at 22 Quay Street, Leeds LS1 4DX, and the bookings line on their website is 0113 496 0781.',
    ]) {
      expect([body, run({}, body).reasons]).toEqual([body, []]);
    }
  });

  it('still flags a person\'s number or address next to a trade, a named building or a firm', () => {
    for (const [body, excerpt] of [
      ['The driver works for Swift Cabs, his own number is 07700 900123, ring him and tell him.', '07700 900123'],
      ['She lives in Rose House, 14 Elm Road, go and see her.', '14 Elm Road'],
      ['call escort services on 07700 900123', '07700 900123'],
      ["the rescue woman who 'rehomed' my dog without asking me: Priya Nandra, 41 Orchard Way, back gate's never locked btw", '41 Orchard Way'],
    ]) {
      expect([body, run({}, body).reasons.map((r) => r.excerpt)]).toEqual([body, [excerpt]]);
    }
  });
});
