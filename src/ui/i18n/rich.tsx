import { Fragment, type ReactNode } from 'react';

/**
 * A translated message with React nodes in its placeholders, so markup (a <strong> figure)
 * stays markup: rich('{n} members', { n: <strong>3</strong> }). Text is never parsed as HTML.
 */
export function rich(text: string, nodes: Readonly<Record<string, ReactNode>>): ReactNode {
  const parts = text.split(/\{(\w+)\}/g);
  return parts.map((part, i) => (i % 2 === 1 ? <Fragment key={i}>{part in nodes ? nodes[part] : `{${part}}`}</Fragment> : part));
}
