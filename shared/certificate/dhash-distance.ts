/**
 * Hamming distance of two 64-bit difference hashes written as 16 hex digits.
 * Re-saves of one photo land within 4; a re-photographed certificate lands at
 * 12–29 and two certificates of one template at 0, so this is a hint only.
 */
export function dHashDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/.test(a) || !/^[0-9a-f]{16}$/.test(b)) return 64;
  let distance = 0;
  for (let i = 0; i < 16; i += 1) {
    let x = parseInt(a[i] ?? '0', 16) ^ parseInt(b[i] ?? '0', 16);
    while (x) { distance += x & 1; x >>= 1; }
  }
  return distance;
}
