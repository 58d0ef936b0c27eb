import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import fc from 'fast-check';
import { addDays, chinaClock, chinaDate, chinaDayStart, chinaTime } from './time';

dayjs.extend(utc);

describe('Beijing time helpers', () => {
  it('chinaTime formats the Beijing wall clock, across the UTC date line', () => {
    expect(chinaTime('2026-03-01T16:05:00.000Z', 'YYYY-MM-DD HH:mm')).toBe('2026-03-02 00:05');
    expect(chinaTime('2026-12-31T15:59:00.000Z', 'YYYYMMDD-HHmm')).toBe('20261231-2359');
    expect(chinaTime('2026-12-31T16:00:00.000Z', 'YYYYMMDD-HHmm')).toBe('20270101-0000');
    expect(chinaDate('2026-03-01T16:05:00.000Z')).toBe('2026-03-02');
    expect(chinaClock('2026-03-01T16:05:00.000Z')).toBe('00:05');
  });

  it('chinaDayStart is Beijing midnight as a UTC ISO string; the next day starts 24 hours later', () => {
    expect(chinaDayStart('2026-03-01')).toBe('2026-02-28T16:00:00.000Z');
    expect(chinaDayStart('2027-01-01')).toBe('2026-12-31T16:00:00.000Z');
    expect(addDays(chinaDayStart('2026-02-28'), 1)).toBe(chinaDayStart('2026-03-01'));
  });

  it('chinaDayStart agrees with the explicit +08:00 reading for every calendar date, and round-trips through chinaDate', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(day, (date) => {
      const start = chinaDayStart(date);
      expect(start).toBe(dayjs.utc(`${date}T00:00:00+08:00`).toISOString());
      expect(chinaDate(start)).toBe(date);
      expect(chinaDate(dayjs.utc(start).subtract(1, 'millisecond').toISOString())).not.toBe(date);
    }));
  });
});
