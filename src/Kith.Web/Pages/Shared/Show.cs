using System.Globalization;
using Kith.Core.Agenda;
using Kith.Core.Common;
using Kith.Core.Interactions;
using Kith.Core.People;

namespace Kith.Web.Pages.Shared;

/// <summary>How the pages word and format dates and Kith's enums, in one place so every page says it alike.</summary>
public static partial class Show
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"Mon 16 Mar 2026".</summary>
    public static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", Invariant);

    /// <summary>The machine-readable form for &lt;time datetime&gt; and date inputs.</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", Invariant);

    public static DateOnly LocalDay(DateTime utc, TimeZoneInfo zone) =>
        LocalTime.DayOf(utc, zone);

    /// <summary>"today", "yesterday", "12 days ago".</summary>
    public static string Ago(DateOnly day, DateOnly today) => AgendaRules.Ago(day, today);

    public static string Urgency(Urgency urgency) => urgency switch
    {
        Core.Agenda.Urgency.Overdue => "Overdue",
        Core.Agenda.Urgency.Due => "Due",
        _ => "Coming up",
    };

    public static string AgendaKind(AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.FollowUp => "Follow-up",
        AgendaItemKind.MentorAsk => "Find a mentor",
        AgendaItemKind.MentorMeetingDue => "Mentor meeting due",
        AgendaItemKind.MentorMeeting => "Mentor meeting",
        AgendaItemKind.MentorCommitment => "Mentee commitment",
        AgendaItemKind.NetworkingStep => "Networking",
        _ => "Keep in touch",
    };

    /// <summary>Where an agenda item leads: the meeting, the mentorship, the networking plan, or the person.</summary>
    public static string AgendaLink(AgendaItem item) => item.Kind switch
    {
        AgendaItemKind.MentorMeeting when item.MeetingId is { } meetingId => $"/meetings/{meetingId}",
        AgendaItemKind.MentorAsk or AgendaItemKind.MentorMeetingDue or AgendaItemKind.MentorCommitment when item.MentorshipId is { } id => $"/mentorships/{id}",
        AgendaItemKind.NetworkingStep => "/networking",
        _ => $"/people/{item.PersonId}",
    };

    public static string UrgencyClass(Urgency urgency) => "badge badge-" + Vocabulary.Token(urgency);

    public static string Kind(InteractionKind kind) => kind switch
    {
        InteractionKind.Email => "E-mail",
        _ => kind.ToString(),
    };

    public static string Exchange(Exchange exchange) => exchange switch
    {
        Core.Interactions.Exchange.Gave => "I gave",
        Core.Interactions.Exchange.Asked => "I asked",
        _ => "Neither",
    };

    public static string Roles(IEnumerable<PersonRoles> roles) => Capitalised(string.Join(", ", roles.Select(r => r.Label())));

    public static string Capitalised(string text) => Text.Capitalised(text);

    /// <summary>The choices forms and filters offer, as (value the core accepts, label a person reads).</summary>
    public static IReadOnlyList<(string Value, string Label)> RoleChoices { get; } =
        Enum.GetValues<PersonRoles>().Where(r => r != PersonRoles.None).Select(r => (Vocabulary.Token(r), Capitalised(r.Label()))).ToArray();

    public static IReadOnlyList<(string Value, string Label)> LevelChoices { get; } =
        [.. new[] { RelativeLevel.MoreSenior, RelativeLevel.Peer, RelativeLevel.MoreJunior }.Select(l => (Vocabulary.Token(l), Capitalised(l.Label())))];

    public static IReadOnlyList<(string Value, string Label)> EmployerChoices { get; } =
        [("inside", "Inside my employer"), ("outside", "Outside my employer")];

    public static IReadOnlyList<(string Value, string Label)> KindChoices { get; } =
        [.. new[] { InteractionKind.Coffee, InteractionKind.Lunch, InteractionKind.Call, InteractionKind.Meeting, InteractionKind.Email,
                InteractionKind.Message, InteractionKind.Event, InteractionKind.Other }
            .Select(k => (Vocabulary.Token(k), Kind(k)))];

    public static IReadOnlyList<(string Value, string Label)> ExchangeChoices { get; } =
    [
        ("gave", "I gave something (help, an introduction, congratulations)"),
        ("asked", "I asked for something"),
        ("neither", "Neither"),
    ];

    public static IReadOnlyList<(string Value, string Label)> UnitChoices { get; } =
        [("days", "days"), ("weeks", "weeks"), ("months", "months")];
}
