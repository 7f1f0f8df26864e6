using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Kith.Core.Feed;

/// <summary>Builds RFC 5545 documents with Ical.Net: timed events in UTC or in the user's zone, all-day events, weekly series.</summary>
internal sealed class CalendarWriter
{
    private readonly Ical.Net.Calendar _calendar = new() { ProductId = "-//Kith//Kith calendar//EN", Method = "PUBLISH" };
    private readonly DateTime _stamp;
    private readonly string? _tzId;

    public CalendarWriter(DateTime stampUtc, TimeZoneInfo zone, string name)
    {
        _stamp = DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc);
        _calendar.AddProperty("X-WR-CALNAME", name);
        // IANA ids travel in TZID; "UTC" needs no VTIMEZONE.
        if (zone != TimeZoneInfo.Utc && zone.Id != "UTC" && (zone.HasIanaId || TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out _)))
        {
            _tzId = zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null;
            if (_tzId is not null)
            {
                _calendar.AddTimeZone(_tzId);
                _calendar.AddProperty("X-WR-TIMEZONE", _tzId);
            }
        }
    }

    public CalendarEvent Timed(string uid, string summary, DateTime startUtc, int minutes, string? location = null, string? description = null) =>
        Add(new CalendarEvent
        {
            Uid = uid,
            DtStart = new CalDateTime(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc)),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc).AddMinutes(minutes)),
            Summary = summary,
            Location = location,
            Description = description,
        });

    public CalendarEvent AllDay(string uid, string summary, DateOnly day, string? description = null) =>
        Add(new CalendarEvent
        {
            Uid = uid,
            DtStart = new CalDateTime(day),
            DtEnd = new CalDateTime(day.AddDays(1)),
            Summary = summary,
            Description = description,
            Transparency = "TRANSPARENT",
        });

    /// <summary>A local time in the user's zone (with TZID), so a weekly slot stays at noon across DST changes.</summary>
    public CalDateTime Local(DateOnly day, TimeOnly time) =>
        _tzId is null ? new CalDateTime(day.ToDateTime(time, DateTimeKind.Utc)) : new CalDateTime(day, time, _tzId);

    public CalendarEvent Weekly(string uid, string summary, DateOnly firstDay, TimeOnly time, int minutes, DayOfWeek day, DateOnly? endsBefore, IEnumerable<DateOnly> skipped)
    {
        var rule = new RecurrencePattern(Ical.Net.FrequencyType.Weekly, 1) { ByDay = [new WeekDay(day)] };
        if (endsBefore is { } end) rule.Until = new CalDateTime(end.AddDays(-1), new TimeOnly(23, 59, 59), _tzId ?? "UTC");
        var e = new CalendarEvent
        {
            Uid = uid,
            DtStart = Local(firstDay, time),
            DtEnd = Local(firstDay, time).AddMinutes(minutes),
            Summary = summary,
        };
        e.RecurrenceRule = rule;
        foreach (var d in skipped)
            e.ExceptionDates.Add(Local(d, time));
        return Add(e);
    }

    /// <summary>One occurrence of a weekly series told apart (RECURRENCE-ID), e.g. with the person I will meet.</summary>
    public CalendarEvent Override(string uid, DateOnly day, TimeOnly time, int minutes, string summary, string? description) =>
        Add(new CalendarEvent
        {
            Uid = uid,
            RecurrenceIdentifier = new RecurrenceIdentifier(Local(day, time)),
            DtStart = Local(day, time),
            DtEnd = Local(day, time).AddMinutes(minutes),
            Summary = summary,
            Description = description,
        });

    private CalendarEvent Add(CalendarEvent e)
    {
        e.DtStamp = new CalDateTime(_stamp);
        _calendar.Events.Add(e);
        return e;
    }

    public override string ToString() => new CalendarSerializer().SerializeToString(_calendar) ?? "";
}
