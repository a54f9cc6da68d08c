/** Dates as the site prints them: "15 November 2000", the form used in UN treaty texts. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Formats "YYYY-MM-DD" as "15 November 2000"; throws on anything else. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined || Number(match[3]) < 1 || Number(match[3]) > 31) {
    throw new RangeError(`"${iso}" is not a date written YYYY-MM-DD`);
  }
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** Formats a period; the month and year are not repeated when shared ("12 to 15 December 2000"). */
export function formatPeriod(from: string, to: string): string {
  if (from === to) return formatDate(from);
  const [start, end] = [formatDate(from), formatDate(to)];
  if (from.slice(0, 7) === to.slice(0, 7)) return `${start.split(' ')[0] ?? ''} to ${end}`;
  return `${start} to ${end}`;
}

/** Writes a session number the way the site prints it, "14th", "21st", "103rd"; throws on anything but a positive integer. */
export function ordinal(value: number): string {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${value} is not a positive whole number`);
  const teen = value % 100 >= 11 && value % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
}

/** Formats an open-ended period: "from 26 January 1990", "until 12 December 2002", or a period when both ends are known. */
export function formatOpenPeriod(from: string | undefined, to: string | undefined): string {
  if (from !== undefined && to !== undefined) return formatPeriod(from, to);
  if (from !== undefined) return `from ${formatDate(from)}`;
  if (to !== undefined) return `until ${formatDate(to)}`;
  throw new RangeError('a period needs a first or a last day');
}

/** When an event took place, as the site prints it: a day, or a period. */
export function eventWhen(event: {
  readonly date?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}): string {
  if (event.date !== undefined) return formatDate(event.date);
  return formatOpenPeriod(event.from, event.to);
}
