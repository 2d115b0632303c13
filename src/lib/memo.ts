/**
 * A bounded memo for pure functions of a string: the same few timestamps are parsed and formatted again
 * and again across a build (a document's page, its list, the rules, every report period that counts it).
 * The map is cleared when it reaches `limit` entries, so memory stays bounded on any handbook. A call
 * that throws stores nothing.
 */
export function memoByKey<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const values = new Map<string, T>();
  return (key) => {
    let value = values.get(key);
    if (value === undefined) {
      if (values.size >= limit) values.clear();
      value = compute(key);
      values.set(key, value);
    }
    return value;
  };
}
