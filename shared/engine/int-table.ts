/**
 * A hash table from non-negative 31-bit integer keys to values: open
 * addressing over an Int32Array, linear probing. The engine looks up every
 * record's end date and profile in one; a `Map` with number keys costs
 * several times more per look-up there. Grows by doubling; never shrinks.
 */
export class IntTable<V> {
  private keys: Int32Array;
  private values: (V | undefined)[];
  private shift: number;
  private count = 0;

  constructor(private readonly limit: number, bits = 10) {
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.values = new Array<V | undefined>(1 << bits).fill(undefined);
    this.shift = 32 - bits;
  }

  /** Number of keys stored. */
  get size(): number {
    return this.count;
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    // multiplicative (Fibonacci) hashing: the top bits of key × 2^32/φ
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[i] as number;
      if (k === key || k === -1) return i;
      i = (i + 1) & mask;
    }
  }

  /** The value stored under `key` (a non-negative 31-bit integer). */
  get(key: number): V | undefined {
    return this.values[this.slot(key)];
  }

  /** Stores `value` under `key`; ignored once `limit` keys are stored, so a cache stays bounded. */
  set(key: number, value: V): void {
    const i = this.slot(key);
    if (this.keys[i] === key) {
      this.values[i] = value;
      return;
    }
    if (this.count >= this.limit) return;
    this.keys[i] = key;
    this.values[i] = value;
    this.count += 1;
    if (this.count * 2 > this.keys.length) this.grow();
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Array<V | undefined>(keys.length * 2).fill(undefined);
    this.shift -= 1;
    for (let i = 0; i < keys.length; i += 1) {
      const k = keys[i] as number;
      if (k === -1) continue;
      const j = this.slot(k);
      this.keys[j] = k;
      this.values[j] = values[i];
    }
  }
}
