namespace SpecialtyTowns.Expo.Application.Agenda;

/// <summary>An iCalendar text and its strong validator (quoted, for ETag / If-None-Match).</summary>
public sealed record CalendarDocument(string Ics, string ETag);
