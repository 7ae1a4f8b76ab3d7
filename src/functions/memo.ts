/** A small cache that is simply emptied when it grows too big (option and target texts parsed once). */
export class Memo<V> {
  private map = new Map<string, V>();
  constructor(private readonly limit = 512) {}
  get(k: string): V | undefined {
    return this.map.get(k);
  }
  set(k: string, v: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(k, v);
    return v;
  }
}
