/**
 * Deep-freezes a value so that any write to it throws (ES modules are strict
 * mode). Already-frozen parts are skipped: states share most of their objects.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
