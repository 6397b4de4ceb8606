/** Stable identity numbers for objects, so the inspector can show "same object" (same number) vs "a copy". */
export class ObjectIds {
  private readonly ids = new WeakMap<object, number>();
  private next = 1;

  /** The number of `value` (assigned on first sight); undefined for primitives, which have no identity. */
  of(value: unknown): number | undefined {
    if ((typeof value !== "object" && typeof value !== "function") || value === null) return undefined;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.next++;
      this.ids.set(value, id);
    }
    return id;
  }
}
