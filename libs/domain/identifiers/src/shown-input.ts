const SHOWN_INPUT_MAX = 24;

/** The input as it may be quoted back in a message: stringified, and cut short when very long. */
export function shownInput(input: unknown): string {
  const text = typeof input === 'string' ? input : String(input);
  return text.length > SHOWN_INPUT_MAX ? `${text.slice(0, SHOWN_INPUT_MAX)}…` : text;
}
