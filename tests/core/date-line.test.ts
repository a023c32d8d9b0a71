import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { blankOfficialDate, officialDate, officialDay, officialMonth, placeAndDateLine } from '../../core/dates/date-line';
import { daysInMonth } from '../../core/dates/calendar-date';
import { documentNumberLine, documentNumberReference } from '../../core/report/document-number';

describe('placeAndDateLine', () => {
  it.each([
    ['Lê Chân', { year: 2019, month: 10, day: 30 }, 2019, 'Lê Chân, ngày 30 tháng 10 năm 2019'],
    ['Lê Chân', { year: 2020, month: 2, day: 5 }, 2020, 'Lê Chân, ngày 05 tháng 02 năm 2020'],
    ['Lê Chân', { year: 2020, month: 1, day: 15 }, 2020, 'Lê Chân, ngày 15 tháng 01 năm 2020'],
    ['Lê Chân', { year: 2022, month: 3, day: 9 }, 2022, 'Lê Chân, ngày 09 tháng 3 năm 2022'],
    ['Hải Phòng', { year: 2021, month: 12, day: 10 }, 2021, 'Hải Phòng, ngày 10 tháng 12 năm 2021'],
    ['Lê Chân', { year: 2019, month: 11, day: 1 }, 2019, 'Lê Chân, ngày 01 tháng 11 năm 2019'],
  ])('%j on %o → %j', (place, date, draftYear, expected) => {
    expect(placeAndDateLine(place, date, draftYear)).toBe(expected);
  });

  it('leaves blanks for a draft without a date', () => {
    expect(placeAndDateLine('Lê Chân', null, 2026)).toBe('Lê Chân, ngày    tháng    năm 2026');
    expect(blankOfficialDate(2026)).toBe('ngày    tháng    năm 2026');
  });

  it('ignores the draft year once a date is set', () => {
    expect(placeAndDateLine('Lê Chân', { year: 2019, month: 10, day: 30 }, 2026)).toBe('Lê Chân, ngày 30 tháng 10 năm 2019');
  });

  it('pads days below 10 and the months January and February only', () => {
    expect(officialDay(5)).toBe('05');
    expect(officialDay(9)).toBe('09');
    expect(officialDay(10)).toBe('10');
    expect(officialDay(31)).toBe('31');
    expect(officialMonth(1)).toBe('01');
    expect(officialMonth(2)).toBe('02');
    expect(officialMonth(3)).toBe('3');
    expect(officialMonth(9)).toBe('9');
    expect(officialMonth(12)).toBe('12');
  });

  it('writes every real day in the official form', () => {
    const date = fc
      .record({ year: fc.integer({ min: 1945, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) })
      .chain(({ year, month }) => fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => ({ year, month, day })));
    fc.assert(
      fc.property(date, ({ year, month, day }) => {
        const expectedDay = day < 10 ? `0${day}` : `${day}`;
        const expectedMonth = month <= 2 ? `0${month}` : `${month}`;
        expect(officialDate({ year, month, day })).toBe(`ngày ${expectedDay} tháng ${expectedMonth} năm ${year}`);
        expect(officialDate({ year, month, day })).toMatch(/^ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[012]) năm \d{4}$/);
      }),
    );
  });
});

describe('documentNumberLine', () => {
  it.each([
    [5, 'BC-UBND', 'Số: 05/BC-UBND'],
    [1, 'BC-UBND', 'Số: 01/BC-UBND'],
    [9, 'BC-VP', 'Số: 09/BC-VP'],
    [10, 'BC-UBND', 'Số: 10/BC-UBND'],
    [12, 'BC-UBND', 'Số: 12/BC-UBND'],
    [123, 'BC-UBND', 'Số: 123/BC-UBND'],
  ])('state: %i with %j → %j', (number, symbol, expected) => {
    expect(documentNumberLine('state', number, symbol)).toBe(expected);
  });

  it.each([
    [12, 'BC/QU', 'Số 12-BC/QU'],
    [123, 'BC/ĐU', 'Số 123-BC/ĐU'],
  ])('party: %i with %j → %j (no colon)', (number, symbol, expected) => {
    expect(documentNumberLine('party', number, symbol)).toBe(expected);
  });

  it('keeps a blank for the văn thư when there is no number yet', () => {
    const state = documentNumberLine('state', null, 'BC-UBND');
    expect(state).toMatch(/^Số: +\/BC-UBND$/);
    expect(state).not.toMatch(/null|undefined|NaN/);
    const party = documentNumberLine('party', null, 'BC/QU');
    expect(party).toMatch(/^Số +-BC\/QU$/);
    expect(party).not.toMatch(/null|undefined|NaN/);
  });

  it('puts no spaces around `/` and `-` when there is a number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (number) => {
        const state = documentNumberLine('state', number, 'BC-UBND');
        expect(state).toMatch(/^Số: \d{2,}\/BC-UBND$/);
        expect(Number(state.slice('Số: '.length, state.indexOf('/')))).toBe(number);
        expect(documentNumberLine('party', number, 'BC/QU')).toBe(`Số ${number}-BC/QU`);
      }),
    );
  });

  it('quotes the number without the `Số` for the appendix line', () => {
    expect(documentNumberReference('state', 5, 'BC-UBND')).toBe('05/BC-UBND');
    expect(documentNumberReference('party', 12, 'BC/QU')).toBe('12-BC/QU');
  });
});
