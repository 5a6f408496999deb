// Parses an iCalendar file with Mozilla's ical.js (the library Thunderbird uses) and prints what a
// calendar app would see, as JSON: the calendar's properties, its VTIMEZONEs, and each VEVENT with
// its start and end as wall-clock time in its zone and as a UTC instant (converted through the
// feed's own VTIMEZONE, so a missing or wrong one shows up as a wrong instant).
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const text = readFileSync(process.argv[2], 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
const timezones = calendar.getAllSubcomponents('vtimezone').map((vtimezone) => {
  const zone = new ICAL.Timezone(vtimezone);
  ICAL.TimezoneService.register(zone, vtimezone.getFirstPropertyValue('tzid'));
  return zone.tzid;
});

const time = (value) => ({
  zone: value.timezone || (value.zone && value.zone.tzid) || null,
  local: value.toString(),
  utc: value.toJSDate().toISOString(),
});

const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
  const event = new ICAL.Event(vevent);
  return {
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue('status'),
    summary: event.summary,
    location: event.location,
    description: event.description,
    tzid: vevent.getFirstProperty('dtstart').getParameter('tzid') || null,
    start: time(event.startDate),
    end: time(event.endDate),
  };
});

process.stdout.write(JSON.stringify({
  method: calendar.getFirstPropertyValue('method'),
  refreshInterval: String(calendar.getFirstPropertyValue('refresh-interval') ?? ''),
  publishedTtl: String(calendar.getFirstPropertyValue('x-published-ttl') ?? ''),
  timezones,
  events,
}));
