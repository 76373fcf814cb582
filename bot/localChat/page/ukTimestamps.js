/* global window */
// Web Chat formats timestamps through a Globalize instance, and its bundle has no en-GB date data (it falls back to
// US English: "December 4 at 4:19 PM"). This stand-in formats with the browser's own en-GB data, in UK time.

const UK_TIME_ZONE = 'Europe/London';

function ukFormatter(options) {
  return new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, ...options });
}

const clockTime = ukFormatter({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dayAndTime = ukFormatter({ day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dateAndTime = ukFormatter({ day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const calendarDay = ukFormatter({ year: 'numeric', month: '2-digit', day: '2-digit' });
const calendarYear = ukFormatter({ year: 'numeric' });

/** "16:19" today, "4 December at 16:19" earlier this year, "4 December 2025 at 16:19" before that (UK time). */
function ukTimestamp(date, now = new Date()) {
  if (calendarDay.format(date) === calendarDay.format(now)) return clockTime.format(date);
  if (calendarYear.format(date) === calendarYear.format(now)) return dayAndTime.format(date);
  return dateAndTime.format(date);
}

/** The parts of Globalize that Web Chat 4.18 calls, answered in UK English: pass as overrideLocalizedStrings.GLOBALIZE. */
window.ukGlobalize = Object.freeze({
  dateFormatter: () => (date) => ukTimestamp(date),
  relativeTimeFormatter: (unit) => (value) => new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' }).format(value, unit),
  unitFormatter:
    (unit, { form } = {}) =>
    (value) =>
      new Intl.NumberFormat('en-GB', { style: 'unit', unit, unitDisplay: form === 'long' ? 'long' : 'short' }).format(value),
  plural: (count) => new Intl.PluralRules('en-GB').select(count),
});
