/** Field types shared by the corpus schemas. */
import { z } from 'astro/zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when "YYYY-MM-DD" names a day that exists (2000-02-30 does not). */
export function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date written as a quoted "YYYY-MM-DD" string. Quoted because YAML would turn an
 * unquoted date into a timestamp and silently roll 2000-02-30 over to 1 March.
 */
export const isoDate = z
  .string({ error: 'expected a date as a quoted string "YYYY-MM-DD"' })
  .regex(ISO_DATE, { error: 'expected a date written "YYYY-MM-DD"' })
  .refine(isRealDate, { error: 'this date does not exist in the calendar' });

/** A non-empty single line of text with no leading or trailing space. */
export const line = z
  .string()
  .min(1, { error: 'must not be empty' })
  .refine((value) => !/[\n\r]/.test(value), { error: 'must be one line; it holds a line break' })
  .refine((value) => value.trim() === value, { error: 'has leading or trailing spaces' });

/**
 * A web address that can only be read, never run: https only. A "javascript:" or "data:" address
 * in a source link would otherwise reach the page.
 */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https: address, e.g. "https://treaties.un.org/..."' });

/** An instrument's folder name, which is also its URL segment: lower-case words joined by hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a slug such as "trafficking-protocol"' });
