import dayjs from 'dayjs';

/** Years offered in the pickers: this year first, then the three before it (Beijing calendar of the phone). */
export function yearChoices(now = dayjs()): number[] {
  const y = now.year();
  return [y, y - 1, y - 2, y - 3];
}
