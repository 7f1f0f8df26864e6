using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Kith.Core.Mentoring;

/// <summary>
/// Writes an RFC 5545 invitation for a mentoring meeting. Times are written in UTC, which every
/// calendar shows in its own zone. With both e-mail addresses known it is a REQUEST the mentor
/// can accept; otherwise a PUBLISH for my own calendar. My preparation notes never go into it.
/// </summary>
public static class MeetingInvite
{
    public sealed record Details(
        Guid Uid,
        int Sequence,
        DateTime StartsAtUtc,
        int DurationMinutes,
        string? Location,
        bool Cancelled,
        string MentorName,
        string? MentorEmail,
        string MyName,
        string? MyEmail,
        IReadOnlyList<string> Areas);

    public static string Create(Details d, DateTime stampUtc)
    {
        var invite = d.MentorEmail is not null && d.MyEmail is not null;
        var calendar = new Calendar { ProductId = "-//Kith//Kith mentoring//EN" };
        calendar.Method = d.Cancelled ? "CANCEL" : invite ? "REQUEST" : "PUBLISH";
        var start = DateTime.SpecifyKind(d.StartsAtUtc, DateTimeKind.Utc);
        var e = new CalendarEvent
        {
            Uid = $"{d.Uid:D}@kith.local",
            Sequence = d.Sequence,
            DtStamp = new CalDateTime(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc)),
            DtStart = new CalDateTime(start),
            DtEnd = new CalDateTime(start.AddMinutes(d.DurationMinutes)),
            Summary = $"Mentoring: {d.MyName} and {d.MentorName}",
            Description = d.Areas.Count == 0
                ? $"Mentoring conversation between {d.MyName} and {d.MentorName}."
                : $"Mentoring conversation between {d.MyName} and {d.MentorName} about {string.Join(", ", d.Areas)}.",
            Location = d.Location,
            Status = d.Cancelled ? "CANCELLED" : "CONFIRMED",
        };
        if (invite)
        {
            e.Organizer = new Organizer($"mailto:{d.MyEmail}") { CommonName = d.MyName };
            e.Attendees.Add(new Attendee($"mailto:{d.MentorEmail}")
            {
                CommonName = d.MentorName,
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = "NEEDS-ACTION",
                Rsvp = true,
            });
        }
        calendar.Events.Add(e);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
