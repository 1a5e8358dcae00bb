/**
 * Time zones of the dashboards API: IANA names ("Asia/Seoul") or UTC, as
 * Grafana's ${__timezone} sends them ("utc" or an IANA name), checked against
 * the IANA database that Node.js carries (ICU) without touching PostgreSQL.
 */

/** An IANA zone name: letters, digits, "_", "+", "-" in "/"-separated parts ("America/Argentina/Buenos_Aires", "Etc/GMT+5"). */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter giving the wall-clock parts of an instant in `zone` (cached per zone). */
function wallClockFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', era: 'short',
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

let knownByLowerCase: Map<string, string> | undefined;

/**
 * The zone `name` names, spelled as the IANA database does ("utc" gives
 * "UTC", "asia/seoul" gives "Asia/Seoul"; a link such as "US/Eastern" stays
 * as given), or null when it is not an IANA zone. Offsets ("+09:00") and
 * POSIX rules are refused: PostgreSQL reads their sign the other way round.
 */
export function canonicalTimeZone(name: string): string | null {
  if (/^utc$/i.test(name)) return 'UTC';
  if (!ZONE_NAME.test(name)) return null;
  try {
    wallClockFormatter(name);
  } catch {
    return null;
  }
  knownByLowerCase ??= new Map(Intl.supportedValuesOf('timeZone').map((zone) => [zone.toLowerCase(), zone]));
  return knownByLowerCase.get(name.toLowerCase()) ?? name;
}

/** The wall-clock date and time of `epochMs` in `zone`: "YYYY-MM-DDTHH:MM:SS.mmm" (years 1 to 9999). */
export function wallClock(epochMs: number, zone: string): string {
  const parts = Object.fromEntries(wallClockFormatter(zone).formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  const ms = String(((epochMs % 1000) + 1000) % 1000).padStart(3, '0');
  return `${parts.year.padStart(4, '0')}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.${ms}`;
}
