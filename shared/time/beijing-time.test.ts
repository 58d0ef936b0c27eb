import { beijingTime, beijingToday, beijingYear, recentYears } from './beijing-time';

describe('beijing time', () => {
  // 2026-12-31 17:30 UTC is already 2027-01-01 01:30 in Beijing.
  const newYearNight = '2026-12-31T17:30:00.000Z';

  it('prints an instant on the Beijing wall clock, in any format', () => {
    expect(beijingTime(newYearNight)).toBe('2027-01-01 01:30');
    expect(beijingTime(newYearNight, 'YYYY年M月D日 HH:mm')).toBe('2027年1月1日 01:30');
    expect(beijingTime(Date.parse('2026-11-20T06:05:00Z'), 'M月D日')).toBe('11月20日');
  });

  it('takes the Beijing date and year, not the UTC ones', () => {
    expect(beijingToday(newYearNight)).toBe('2027-01-01');
    expect(beijingYear(newYearNight)).toBe(2027);
    expect(beijingYear('2026-12-31T15:59:59.000Z')).toBe(2026);
  });

  it('offers this Beijing year first, then the ones before', () => {
    expect(recentYears(4, newYearNight)).toEqual([2027, 2026, 2025, 2024]);
    expect(recentYears(1, '2026-06-01T00:00:00Z')).toEqual([2026]);
  });
});
