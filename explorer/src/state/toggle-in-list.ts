// Toggles one value of a multi-choice filter where `null` stands for "all of them" (the API's "field left out").

/**
 * Returns the choice with `value` switched. From "all" (null) it removes the value; a choice that comes back
 * to every option is "all" again; an empty list stays a list (nothing chosen, which the page shows as such).
 */
export function toggleInList<T>(chosen: readonly T[] | null, value: T, all: readonly T[]): T[] | null {
  const current = chosen ?? all;
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  const complete = all.every((option) => next.includes(option));
  // Keep the options' own order, so equal choices serialise the same way (URL, query keys).
  return complete ? null : all.filter((option) => next.includes(option));
}
