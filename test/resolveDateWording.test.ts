import { describe, expect, it } from 'vitest';
import { isCalendarDate, resolveDateWording } from '../src/lib/resolveDateWording.js';

// The seed article was issued on Thursday 16 January 2020.
const REF = '2020-01-16';

function span(start: string, end = start) {
  return { ok: true, start, end };
}

describe('resolveDateWording', () => {
  describe('against the seed article (Thursday 2020-01-16)', () => {
    it.each([
      ['Thursday', span('2020-01-16')],
      ['said Thursday', span('2020-01-16')],
      ['in a statement Thursday', span('2020-01-16')],
      ['on Monday', span('2020-01-13')],
      ['on Tuesday and Wednesday (U.S. time)', span('2020-01-14', '2020-01-15')],
      ['over the weekend', span('2020-01-11', '2020-01-12')],
      ['last year', span('2019-01-01', '2019-12-31')],
      ['at the end of last year', span('2019-12-31')],
      ['expired at the end of last year', span('2019-12-31')],
      ['issued Jan 16, 2020', span('2020-01-16')],
    ])('resolves "%s"', (wording, expected) => {
      expect(resolveDateWording(REF, wording)).toEqual(expected);
    });
  });

  it('reads a weekday as the most recent such day on or before the reference date', () => {
    expect(resolveDateWording(REF, 'Thursday')).toEqual(span('2020-01-16'));
    expect(resolveDateWording(REF, 'Friday')).toEqual(span('2020-01-10'));
    expect(resolveDateWording(REF, 'on Wednesday')).toEqual(span('2020-01-15'));
  });

  it('spans a list or range of weekdays from the first named day to the last', () => {
    expect(resolveDateWording(REF, 'Monday through Wednesday')).toEqual(span('2020-01-13', '2020-01-15'));
    expect(resolveDateWording('2020-01-20', 'Friday and Monday')).toEqual(span('2020-01-17', '2020-01-20'));
    expect(resolveDateWording(REF, 'Tuesday-Wednesday')).toEqual(span('2020-01-14', '2020-01-15'));
  });

  it('ignores a parenthetical but keeps resolving the words around it', () => {
    expect(resolveDateWording(REF, 'Wednesday (local time)')).toEqual(span('2020-01-15'));
  });

  it('resolves today and yesterday', () => {
    expect(resolveDateWording(REF, 'today')).toEqual(span('2020-01-16'));
    expect(resolveDateWording('2020-03-01', 'yesterday')).toEqual(span('2020-02-29'));
  });

  it('takes the weekend as the most recent Saturday before the reference date and the Sunday after it', () => {
    expect(resolveDateWording(REF, 'last weekend')).toEqual(span('2020-01-11', '2020-01-12'));
    expect(resolveDateWording('2020-01-12', 'over the weekend')).toEqual(span('2020-01-11', '2020-01-12'));
    expect(resolveDateWording('2020-01-11', 'over the weekend')).toEqual(span('2020-01-04', '2020-01-05'));
  });

  it('takes weeks as Monday to Sunday', () => {
    expect(resolveDateWording(REF, 'last week')).toEqual(span('2020-01-06', '2020-01-12'));
    expect(resolveDateWording(REF, 'this week')).toEqual(span('2020-01-13', '2020-01-19'));
    expect(resolveDateWording('2020-01-19', 'last week')).toEqual(span('2020-01-06', '2020-01-12'));
  });

  it('resolves months and years relative to the reference date, across the year boundary', () => {
    expect(resolveDateWording(REF, 'last month')).toEqual(span('2019-12-01', '2019-12-31'));
    expect(resolveDateWording(REF, 'this month')).toEqual(span('2020-01-01', '2020-01-31'));
    expect(resolveDateWording(REF, 'earlier this month')).toEqual(span('2020-01-01', '2020-01-15'));
    expect(resolveDateWording(REF, 'this year')).toEqual(span('2020-01-01', '2020-12-31'));
    expect(resolveDateWording(REF, 'end of last year')).toEqual(span('2019-12-31'));
    expect(resolveDateWording(REF, 'at the start of this year')).toEqual(span('2020-01-01'));
    expect(resolveDateWording('2020-03-10', 'at the end of last month')).toEqual(span('2020-02-29'));
  });

  it('fails "earlier this month" on the first of the month, when nothing is earlier', () => {
    expect(resolveDateWording('2020-02-01', 'earlier this month')).toMatchObject({ ok: false });
  });

  it('places a named month in the reference year, or the year before when it is later than the reference month', () => {
    expect(resolveDateWording(REF, 'in January')).toEqual(span('2020-01-01', '2020-01-31'));
    expect(resolveDateWording(REF, 'in December')).toEqual(span('2019-12-01', '2019-12-31'));
    expect(resolveDateWording('2020-06-30', 'in February')).toEqual(span('2020-02-01', '2020-02-29'));
    expect(resolveDateWording(REF, 'in November 2018')).toEqual(span('2018-11-01', '2018-11-30'));
    expect(resolveDateWording(REF, 'in 2019')).toEqual(span('2019-01-01', '2019-12-31'));
  });

  it('reads explicit dates in the usual news formats', () => {
    for (const wording of ['Jan 16, 2020', 'Jan. 16, 2020', 'January 16, 2020', '16 January 2020', '2020-01-16', 'on Jan 16']) {
      expect(resolveDateWording('2020-02-01', wording), wording).toEqual(span('2020-01-16'));
    }
    expect(resolveDateWording(REF, 'Dec 30')).toEqual(span('2019-12-30'));
  });

  it('refuses an impossible explicit date with the reason', () => {
    expect(resolveDateWording(REF, 'Feb 30, 2020')).toEqual({ ok: false, reason: 'date wording "Feb 30, 2020": 2020-02-30 is not a calendar date' });
    expect(resolveDateWording(REF, '2019-02-29')).toMatchObject({ ok: false });
  });

  it('fails on wording it does not understand, so the caller must give explicit dates', () => {
    for (const wording of ['recently', 'a week after Monday', 'next Monday', 'the day before yesterday', '']) {
      expect(resolveDateWording(REF, wording), wording).toMatchObject({ ok: false, reason: expect.any(String) });
    }
  });

  it('fails when the reference date is not a calendar date', () => {
    expect(resolveDateWording('2020-13-01', 'today')).toMatchObject({ ok: false, reason: expect.stringContaining('reference date') });
  });

  it('recognizes calendar dates, leap days included', () => {
    expect(isCalendarDate('2020-02-29')).toBe(true);
    expect(isCalendarDate('2019-02-29')).toBe(false);
    expect(isCalendarDate('2020-02-30')).toBe(false);
    expect(isCalendarDate('2020-1-16')).toBe(false);
  });
});
