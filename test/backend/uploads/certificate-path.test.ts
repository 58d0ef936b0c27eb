import { assertSafeFilePath } from '../../../cloudfunctions/_core/adapters/file-path';
import { certificatePath, pathSegment } from '../../../cloudfunctions/_core/uploads/certificate-path';

describe('certificate storage path', () => {
  it('is certificates/<county>/<teacher>/<yyyy>/<id>.<ext>', () => {
    expect(certificatePath({ countyId: 'c01', teacherId: 't-42', kind: 'jpeg', at: '2025-09-01T08:00:00.000Z', id: 'u1' }))
      .toBe('certificates/c01/t-42/2025/u1.jpg');
    expect(certificatePath({ countyId: 'c01', teacherId: 't-42', kind: 'pdf', at: '2025-09-01T08:00:00Z', id: 'u1' }))
      .toBe('certificates/c01/t-42/2025/u1.pdf');
  });

  it('names the year in Beijing time', () => {
    expect(certificatePath({ countyId: 'c', teacherId: 't', kind: 'png', at: '2025-12-31T16:30:00.000Z', id: 'x' }))
      .toBe('certificates/c/t/2026/x.png');
    expect(certificatePath({ countyId: 'c', teacherId: 't', kind: 'png', at: '2025-12-31T15:59:59.000Z', id: 'x' }))
      .toBe('certificates/c/t/2025/x.png');
  });

  it('uses a fresh random id when none is given', () => {
    const input = { countyId: 'c', teacherId: 't', kind: 'webp' as const, at: '2025-03-01T00:00:00Z' };
    const a = certificatePath(input);
    const b = certificatePath(input);
    expect(a).toMatch(/^certificates\/c\/t\/2025\/[0-9a-f-]{36}\.webp$/);
    expect(a).not.toBe(b);
  });

  it('never lets an id steer the path: unsafe ids become stable hashes', () => {
    const path = certificatePath({ countyId: '../../etc', teacherId: '张老师/..', kind: 'jpeg', at: '2025-03-01T00:00:00Z', id: '../passwd' });
    expect(path.split('/')).toHaveLength(5);
    expect(path).not.toContain('..');
    expect(() => assertSafeFilePath(path)).not.toThrow();
    expect(pathSegment('张老师')).toBe(pathSegment('张老师'));
    expect(pathSegment('张老师')).not.toBe(pathSegment('李老师'));
    expect(pathSegment('张老师')).toMatch(/^h[0-9a-f]{24}$/);
  });

  it('refuses an invalid time', () => {
    expect(() => certificatePath({ countyId: 'c', teacherId: 't', kind: 'jpeg', at: 'not a date' })).toThrow(/invalid upload time/);
  });
});
