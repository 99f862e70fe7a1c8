// The as-of rule every service applies to links the same way (analytics snapshots, matching graphs).

/** A link runs on `asOf` when since ≤ asOf and (no until, or until ≥ asOf); with no date every link counts. */
export function isRunning(since: string | null, until: string | null, asOf: string | null): boolean {
  if (asOf === null) return true;
  return (since === null || since <= asOf) && (until === null || until >= asOf);
}
