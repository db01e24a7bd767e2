/**
 * The one message catalogue. Every expected failure in the core returns one of these codes;
 * the UI and the CLI render the message that comes with it.
 */
export const MESSAGE_CODES = [
  'dataset.invalid',
  'dataset.unknown',
  'country.unknown',
  'country.duplicate',
  'rule.unknown',
  'rule.unavailable',
  'rule.invalid',
  'position.unknown',
  'import.invalid',
  'link.invalid',
  'scenario.invalid',
  'args.invalid',
  'population.empty',
  'population.invalid',
  'population.too_large',
  'analysis.failed',
] as const;

export type MessageCode = (typeof MESSAGE_CODES)[number];
