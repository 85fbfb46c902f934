/**
 * Golden bytes: a layout change must be deliberate. After changing the layout
 * on purpose, regenerate the fixtures and review the diff:
 *   HALLQ_UPDATE_GOLDEN=1 pnpm test:unit hardware/printer/src/render-ticket.golden.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRIORITY_TICKET, SAMPLE_TICKET } from './fixtures/sample-tickets';
import { renderTicket } from './render-ticket';
import { DEFAULT_LAYOUT } from './ticket';

/** 32 bytes per line, so that a diff points at the part of the ticket that moved. */
const toHex = (bytes: Uint8Array): string =>
  `${(
    Buffer.from(bytes)
      .toString('hex')
      .match(/.{1,64}/g) ?? []
  ).join('\n')}\n`;

const cases = [
  ['ticket-80mm.hex', () => renderTicket(SAMPLE_TICKET)],
  [
    'ticket-58mm-priority.hex',
    () => renderTicket(PRIORITY_TICKET, { ...DEFAULT_LAYOUT, paperWidth: 58 }),
  ],
] as const;

describe('renderTicket golden bytes', () => {
  it.each(cases)('matches fixtures/%s', (file, render) => {
    const path = new URL(`./fixtures/${file}`, import.meta.url);
    const actual = toHex(render());
    if (process.env.HALLQ_UPDATE_GOLDEN === '1') writeFileSync(path, actual);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
