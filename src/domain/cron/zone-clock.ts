// Wall-clock arithmetic in an IANA time zone, fast enough to run inside the cron search loop.
// Offsets come from Intl once per 4-day bucket and are cached, so a preview costs a handful of Intl calls.

const MS_PER_SECOND = 1000;
const MS_PER_DAY = 86_400_000;
const BUCKET_MS = 4 * MS_PER_DAY;

/** One 4-day span of a zone: its offset before and after the (at most one) transition inside it. */
interface Bucket {
  readonly before: number;
  readonly after: number;
  /** First instant with the `after` offset; Infinity when the span has no transition. */
  readonly transition: number;
}

export interface ZoneClock {
  readonly timeZone: string;
  /** Offset (ms, east positive) in force at an instant. */
  offsetAt(instant: number): number;
  /**
   * The instant of a wall time (local fields as if UTC), resolved as java.util.GregorianCalendar does:
   * a time in a spring-forward gap moves forward by the gap, a repeated time takes the later occurrence.
   */
  instantOf(wall: number): number;
}

const clocks = new Map<string, ZoneClock>();

/** Returns a cached clock for an IANA zone; throws a RangeError for an unknown zone. */
export function getZoneClock(timeZone: string): ZoneClock {
  const cached = clocks.get(timeZone);
  if (cached) return cached;
  const clock = createZoneClock(timeZone);
  clocks.set(timeZone, clock);
  return clock;
}

function createZoneClock(timeZone: string): ZoneClock {
  // format() with only the offset is several times cheaper than formatToParts (about 1 µs a probe).
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  const buckets = new Map<number, Bucket>();

  const probe = (instant: number): number => {
    const t = Math.floor(instant / MS_PER_SECOND) * MS_PER_SECOND;
    const offset = /GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?/.exec(format.format(t));
    if (!offset) return 0; // "GMT" alone: offset zero
    const [, sign, hours = '0', minutes = '0', seconds = '0'] = offset;
    const ms = ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * MS_PER_SECOND;
    return sign === '-' ? -ms : ms;
  };

  const bucketAt = (index: number): Bucket => {
    const cached = buckets.get(index);
    if (cached) return cached;
    const start = index * BUCKET_MS;
    const end = start + BUCKET_MS - MS_PER_SECOND;
    const before = probe(start);
    const after = probe(end);
    let transition = Infinity;
    if (before !== after) {
      // Binary search to the second; tz transitions fall on whole seconds.
      let lo = start;
      let hi = end;
      while (hi - lo > MS_PER_SECOND) {
        const mid = lo + Math.floor((hi - lo) / 2 / MS_PER_SECOND) * MS_PER_SECOND;
        if (probe(mid) === before) lo = mid;
        else hi = mid;
      }
      transition = hi;
    }
    const bucket = { before, after, transition };
    buckets.set(index, bucket);
    return bucket;
  };

  let lastIndex = NaN;
  let lastBucket: Bucket = { before: 0, after: 0, transition: Infinity };
  const offsetAt = (instant: number): number => {
    const t = instant >= PERIODIC_FROM_MS ? toRepresentativeInstant(instant) : instant;
    const index = Math.floor(t / BUCKET_MS);
    if (index !== lastIndex) {
      lastBucket = bucketAt(index);
      lastIndex = index;
    }
    return t < lastBucket.transition ? lastBucket.before : lastBucket.after;
  };

  const instantOf = (wall: number): number => {
    const early = offsetAt(wall - MS_PER_DAY);
    const late = offsetAt(wall + MS_PER_DAY);
    if (early === late) return wall - early;
    // Java resolves with the later offset once the wall time reaches the transition as seen after it.
    return offsetAt(wall - late) === late ? wall - late : wall - early;
  };

  if (isUtc(timeZone)) {
    return { timeZone, offsetAt: () => 0, instantOf: (wall) => wall };
  }
  return { timeZone, offsetAt, instantOf };
}

// tzdata spells out transitions only to 2037; later years follow each zone's last rule, which depends only
// on where the year's days fall in the week. So a later instant reads the offset of the same moment in a
// year of 2041-2068 with the same leap-ness and New Year weekday, and far-future previews stay cheap.
const PERIODIC_FROM_YEAR = 2041;
const PERIODIC_FROM_MS = daysFromCivil(PERIODIC_FROM_YEAR, 1, 1) * MS_PER_DAY;
const REPRESENTATIVE_YEARS = new Map<number, number>();
for (let year = PERIODIC_FROM_YEAR; year < PERIODIC_FROM_YEAR + 28; year++) {
  const key = toYearClass(year);
  if (!REPRESENTATIVE_YEARS.has(key)) REPRESENTATIVE_YEARS.set(key, year);
}

function toYearClass(year: number): number {
  const weekday = (((daysFromCivil(year, 1, 1) + 4) % 7) + 7) % 7;
  return weekday * 2 + (isLeapYear(year) ? 1 : 0);
}

// One-year memo: consecutive lookups almost always fall in the same year.
let memoFrom = NaN;
let memoTo = NaN;
let memoShift = 0;

function toRepresentativeInstant(instant: number): number {
  if (instant >= memoFrom && instant < memoTo) return instant - memoShift;
  let year = 1970 + Math.floor(instant / (365.2425 * MS_PER_DAY));
  if (daysFromCivil(year, 1, 1) * MS_PER_DAY > instant) year--;
  else if (daysFromCivil(year + 1, 1, 1) * MS_PER_DAY <= instant) year++;
  const yearStart = daysFromCivil(year, 1, 1);
  const representative =
    year < PERIODIC_FROM_YEAR + 28 ? year : (REPRESENTATIVE_YEARS.get(toYearClass(year)) ?? year);
  memoFrom = yearStart * MS_PER_DAY;
  memoTo = daysFromCivil(year + 1, 1, 1) * MS_PER_DAY;
  memoShift = (yearStart - daysFromCivil(representative, 1, 1)) * MS_PER_DAY;
  return instant - memoShift;
}

function isUtc(timeZone: string): boolean {
  return /^(Etc\/)?(UTC|UCT|GMT|Zulu|Universal|Greenwich)$/i.test(timeZone);
}

/** Milliseconds of a proleptic Gregorian wall time counted as if it were UTC; fields may overflow. */
export function toWall(
  year: number,
  month0: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
) {
  const y = year + Math.floor(month0 / 12);
  const m = ((month0 % 12) + 12) % 12;
  return (
    (daysFromCivil(y, m + 1, 1) + day - 1) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * MS_PER_SECOND
  );
}

/** Days since 1970-01-01 of a valid Gregorian date (H. Hinnant's algorithm). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Indices into WallFields. Month is 0-based and day-of-week runs 1 = Sunday ... 7 = Saturday, as in java.util.Calendar. */
export const WALL_FIELD = {
  year: 0,
  month0: 1,
  day: 2,
  hour: 3,
  minute: 4,
  second: 5,
  dayOfWeek: 6,
} as const;
const {
  year: YEAR,
  month0: MONTH0,
  day: DAY,
  hour: HOUR,
  minute: MINUTE,
  second: SECOND,
  dayOfWeek: DAY_OF_WEEK,
} = WALL_FIELD;

/** Calendar fields in a typed array: indexed access keeps the search loop fast. */
export type WallFields = Int32Array;

export function createWallFields(): WallFields {
  return new Int32Array(7);
}

/** Splits wall milliseconds into calendar fields (inverse of toWall for in-range fields). */
export function fromWall(wall: number, into: WallFields): void {
  const days = Math.floor(wall / MS_PER_DAY);
  let rest = Math.floor((wall - days * MS_PER_DAY) / MS_PER_SECOND);
  into[SECOND] = rest % 60;
  rest = Math.floor(rest / 60);
  into[MINUTE] = rest % 60;
  into[HOUR] = Math.floor(rest / 60);
  // 1970-01-01 was a Thursday (5).
  into[DAY_OF_WEEK] = ((((days + 4) % 7) + 7) % 7) + 1;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  into[DAY] = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  into[MONTH0] = month - 1;
  into[YEAR] = yoe + era * 400 + (month <= 2 ? 1 : 0);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a 1-based month. */
export function getLastDayOfMonth(month: number, year: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  const length = MONTH_LENGTHS[month - 1];
  if (length === undefined) throw new RangeError(`Illegal month number: ${month}`);
  return length;
}
