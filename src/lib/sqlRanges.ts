/**
 * Whether values decoded from client input (cursors) fit the PostgreSQL
 * types they are bound to, so a forged value is refused as bad input instead
 * of failing in SQL.
 */

const INT4_MAX = 2_147_483_647;
/** float4's largest finite value and smallest normal one; PostgreSQL refuses literals beyond them. */
const FLOAT4_MAX = 3.4028234663852886e38;
const FLOAT4_MIN_NORMAL = 1.1754943508222875e-38;

/** A whole number in PostgreSQL's int4 range. */
export function isInt4(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= -INT4_MAX - 1 && value <= INT4_MAX;
}

/** A value a `real` (float4) parameter accepts: zero, or finite and within float4's normal range. */
export function isFloat4(value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  const size = Math.abs(value);
  return size === 0 || (size >= FLOAT4_MIN_NORMAL && size <= FLOAT4_MAX);
}

/** "YYYY-MM-DD" with a real day in years 0001..9999 (PostgreSQL has no year 0). */
export function isStorableDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(2000, month, 0)).getUTCDate() && (month !== 2 || day < 29 || isLeapYear(year));
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * A timestamptz as PostgreSQL prints it with the ISO DateStyle
 * ("2020-01-16 09:30:00.123456+00", "+05:30" offsets too), years 0001..9999.
 */
export function isTimestamptzText(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-](0\d|1[0-5])(:[0-5]\d(:[0-5]\d)?)?$/.exec(value);
  return match !== null && isStorableDate(match[1]);
}
