import { parseDateCell, parseDateRangeCell, parseDateText } from './parse-date';

describe('parseDateText', () => {
  it.each([
    ['2026-05-01', '2026-05-01'],
    ['2026/5/1', '2026-05-01'],
    ['2026.5.1', '2026-05-01'],
    ['2026年5月1日', '2026-05-01'],
    ['2026 年 5 月 1 日', '2026-05-01'],
    ['２０２６－０５－０１', '2026-05-01'],
    ['20260501', '2026-05-01'],
    ['2026-05-01 08:30', '2026-05-01'],
    ['2026-5-1 08:00', '2026-05-01'],
    ['2026-05-01T00:00:00.000Z', '2026-05-01'],
    ['2024/2/29', '2024-02-29'],
  ])('reads %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each(['2026-02-30', '2025/2/29', '2026-13-01', '五月一日', '1999-12-31', '12', ''])('refuses %s', (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });

  it('reads an Excel serial written as text (46143 is 2026-05-01)', () => {
    // Serial 45658 is 2025-01-01 (Excel shows it so); 2025 has 365 days and Jan–Apr 2026 add 120: 45658 + 365 + 120 = 46143.
    expect(parseDateText('46143')).toBe('2026-05-01');
  });
});

describe('parseDateCell', () => {
  it('reads Date objects at UTC midnight and snaps float noise to the nearest day', () => {
    expect(parseDateCell(new Date(Date.UTC(2026, 4, 1)))).toEqual({ ok: true, date: '2026-05-01' });
    expect(parseDateCell(new Date(Date.UTC(2026, 4, 1) - 3))).toEqual({ ok: true, date: '2026-05-01' });
  });

  it('reads numeric serials', () => {
    expect(parseDateCell(46143)).toEqual({ ok: true, date: '2026-05-01' });
    expect(parseDateCell(46143.75)).toEqual({ ok: true, date: '2026-05-01' });
  });

  it('explains a bad date with the value as typed', () => {
    expect(parseDateCell('5月1号')).toEqual({ ok: false, problem: expect.stringContaining('实际为「5月1号」') });
    expect(parseDateCell(12)).toEqual({ ok: false, problem: expect.stringContaining('实际为「12」') });
  });
});

describe('parseDateRangeCell', () => {
  it.each([
    ['2026-05-01至2026-05-03', '2026-05-01', '2026-05-03'],
    ['2026/5/1 ~ 2026/5/3', '2026-05-01', '2026-05-03'],
    ['2026年5月1日到5月3日', '2026-05-01', '2026-05-03'],
    ['2026-05-01', '2026-05-01', '2026-05-01'],
  ])('reads %s', (text, start, end) => {
    expect(parseDateRangeCell(text)).toEqual({ ok: true, start, end });
  });

  it('refuses half a range', () => {
    expect(parseDateRangeCell('2026-05-01至下周').ok).toBe(false);
  });
});
