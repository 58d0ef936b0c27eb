import { bytesText, fitLongEdge, isQuarterTurn, kindOfFile, MAX_EDGE_PX } from '../photo-size';

describe('photo sizing', () => {
  it('scales the long edge to 1600 px and keeps the ratio; never enlarges', () => {
    expect(fitLongEdge(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(fitLongEdge(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    expect(fitLongEdge(1200, 900)).toEqual({ width: 1200, height: 900 });
    expect(Math.max(...Object.values(fitLongEdge(4032, 3024)))).toBe(MAX_EDGE_PX);
  });

  it('EXIF orientations 5–8 (and WeChat left/right) are quarter turns', () => {
    expect([1, 2, 3, 4].map(isQuarterTurn)).toEqual([false, false, false, false]);
    expect([5, 6, 7, 8].map(isQuarterTurn)).toEqual([true, true, true, true]);
    expect(['up', 'down', 'left', 'right', 'right-mirrored'].map(isQuarterTurn)).toEqual([false, false, true, true, true]);
  });

  it('accepts photos and PDFs, refuses the rest (HEIC, Word)', () => {
    expect(kindOfFile('IMG_0001.JPG', 'image/jpeg')).toBe('image');
    expect(kindOfFile('scan.pdf', '')).toBe('pdf');
    expect(kindOfFile('a.png')).toBe('image');
    expect(kindOfFile('IMG.HEIC', 'image/heic')).toBeNull();
    expect(kindOfFile('证书.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBeNull();
  });

  it('prints sizes plainly', () => {
    expect(bytesText(326 * 1024)).toBe('326 KB');
    expect(bytesText(6 * 1024 * 1024)).toBe('6.0 MB');
  });
});
