import { parseAwardCell, parseBooleanCell, parseNumberCell, parseTagsCell } from './parse-values';

describe('cell value parsers', () => {
  it.each([[12, 12], ['12', 12], ['１２', 12], ['12.5', 12.5], ['12 学时', 12], ['85分', 85]])('number %s → %s', (cell, n) => {
    expect(parseNumberCell(cell)).toEqual({ ok: true, value: n });
  });

  it.each(['十二', '12-13', '', 'abc'])('number refuses %s', (cell) => {
    expect(parseNumberCell(cell)).toEqual({ ok: false, problem: `应为数字，实际为「${cell}」` });
  });

  it.each([['是', true], ['合格', true], ['√', true], ['Y', true], [true, true], ['否', false], ['不合格', false], ['无', false], ['0', false]])(
    'boolean %s → %s', (cell, b) => {
      expect(parseBooleanCell(cell)).toEqual({ ok: true, value: b });
    });

  it('boolean refuses anything else', () => {
    expect(parseBooleanCell('也许')).toEqual({ ok: false, problem: '应为「是」或「否」，实际为「也许」' });
  });

  it('splits tags on , ， 、 ; and drops blanks and repeats', () => {
    expect(parseTagsCell('数字化、师德，AI; 数字化,,')).toEqual(['数字化', '师德', 'AI']);
  });

  it.each([
    ['优秀/省', { grade: '优秀', level: '省' }], ['良好/州级', { grade: '良好', level: '市' }], ['国家级优秀学员', { grade: '优秀', level: '国家' }],
    ['优秀（县级）', { grade: '优秀', level: '县' }], ['优秀', { grade: '优秀', level: '校' }],
  ])('award %s', (cell, award) => {
    expect(parseAwardCell(cell, '校')).toEqual({ ok: true, value: award });
  });

  it('award refuses an unknown grade or level', () => {
    expect(parseAwardCell('特等/省', '县').ok).toBe(false);
    expect(parseAwardCell('优秀/火星', '县').ok).toBe(false);
  });
});
