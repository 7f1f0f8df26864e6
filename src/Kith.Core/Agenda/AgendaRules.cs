using System.Globalization;
using Kith.Core.KeepInTouch;
using Kith.Core.People;

namespace Kith.Core.Agenda;

/// <summary>
/// The agenda's rules, kept pure so they can be tested with plain dates: how late something is
/// relative to its rhythm, weighted by who the person is to me.
/// </summary>
public static class AgendaRules
{
    /// <summary>Someone I talked to on one of the last this-many days (today included) is never suggested, so relationships do not feel rushed.</summary>
    public const int RestDays = 3;

    /// <summary>A mentor before management before a customer before an acquaintance.</summary>
    public static double RoleWeight(PersonRoles roles)
    {
        var weight = 1.0;
        if (roles.HasFlag(PersonRoles.Mentor)) weight = Math.Max(weight, 1.5);
        if (roles.HasFlag(PersonRoles.Management)) weight = Math.Max(weight, 1.3);
        if (roles.HasFlag(PersonRoles.Customer)) weight = Math.Max(weight, 1.2);
        if ((roles & (PersonRoles.Colleague | PersonRoles.FormerColleague | PersonRoles.IndustryPeer)) != 0) weight = Math.Max(weight, 1.1);
        if ((roles & (PersonRoles.Friend | PersonRoles.Vendor)) != 0) weight = Math.Max(weight, 1.05);
        return weight;
    }

    /// <summary>
    /// How overdue a cadence is, relative to its length: 1.0 on the ideal day, 1.5 when half an
    /// interval late. Without any contact, lateness counts from the day the person was added.
    /// </summary>
    public static double CadenceLateness(Cadence cadence, DateOnly? lastContact, DateOnly dueOn, DateOnly today) =>
        lastContact is { } last
            ? (today.DayNumber - last.DayNumber) / cadence.IdealDays
            : 1.0 + (today.DayNumber - dueOn.DayNumber) / cadence.IdealDays;

    /// <summary>A promise due today scores 1.0; each week late adds 1.0, as much as a whole missed cadence.</summary>
    public static double FollowUpLateness(DateOnly dueOn, DateOnly today) =>
        1.0 + (today.DayNumber - dueOn.DayNumber) / 7.0;

    public static Urgency CadenceUrgency(DateOnly dueOn, DateOnly overdueOn, DateOnly today) =>
        overdueOn < today ? Urgency.Overdue : dueOn <= today ? Urgency.Due : Urgency.Upcoming;

    public static Urgency FollowUpUrgency(DateOnly dueOn, DateOnly today) =>
        dueOn < today ? Urgency.Overdue : dueOn == today ? Urgency.Due : Urgency.Upcoming;

    /// <summary>"last talked 47 days ago, every 30 days".</summary>
    public static string CadenceReason(Cadence cadence, DateOnly? lastInteraction, DateOnly? metOn, DateOnly? snoozedUntil, DateOnly dueOn, DateOnly today)
    {
        var rhythm = cadence.Describe();
        string text;
        if (lastInteraction is { } last)
            text = $"last talked {Ago(last, today)}, {rhythm}";
        else if (metOn is { } met)
            text = $"met {Ago(met, today)}, nothing logged since, {rhythm}";
        else
            text = $"nothing logged yet, {rhythm}";
        if (snoozedUntil is { } s && s == dueOn)
            text += $"; snoozed until {s.ToString("d MMM", CultureInfo.InvariantCulture)}";
        if (dueOn > today)
            text += $"; due {When(dueOn, today)}";
        return text;
    }

    /// <summary>"follow-up 3 days overdue", "follow-up due today", "follow-up due Fri 28 Nov".</summary>
    public static string FollowUpReason(string description, DateOnly dueOn, DateOnly today) =>
        $"follow-up {Due(dueOn, today)}: {description}";

    /// <summary>"ask them to mentor you in public speaking (planned for today)" or "find someone who… for finance".</summary>
    public static string MentorAskReason(bool hasPerson, IReadOnlyList<string> areas, DateOnly askOn, DateOnly today)
    {
        var about = areas.Count == 0 ? "" : $" in {string.Join(", ", areas)}";
        var what = hasPerson ? $"ask them to mentor you{about}" : $"find this mentor{about}, then ask them";
        return $"{what} (planned {Planned(askOn, today)})";
    }

    /// <summary>"mentoring meeting due: every 6 weeks, last met 50 days ago".</summary>
    public static string MentorMeetingDueReason(Cadence rhythm, DateOnly? lastMetOn, DateOnly dueOn, DateOnly today)
    {
        var last = lastMetOn is { } l ? $"last met {Ago(l, today)}" : "no meeting recorded yet";
        var when = dueOn < today ? $"{today.DayNumber - dueOn.DayNumber} days overdue" : dueOn == today ? "due today" : $"due {When(dueOn, today)}";
        return $"mentoring meeting {when}: you meet {rhythm.Describe()}, {last}; propose a few times";
    }

    /// <summary>"mentoring meeting today at 12:30" or, once past, "… — record how it went".</summary>
    public static string MentorMeetingReason(DateTime local, bool over, DateOnly today)
    {
        var day = DateOnly.FromDateTime(local);
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        var when = day == today ? $"today at {time}" : day < today ? $"on {When(day, today)} at {time}" : $"{When(day, today)} at {time}";
        return over ? $"mentoring meeting {when}: record how it went and what you will do" : $"mentoring meeting {when}: prepare your questions";
    }

    /// <summary>"Ana asked you: send the draft (due today)" or "you promised Ana: … (3 days overdue)".</summary>
    public static string CommitmentReason(Mentoring.CommitmentKind kind, string mentorFirstName, string description, DateOnly dueOn, DateOnly today)
    {
        var who = kind == Mentoring.CommitmentKind.Request ? $"{mentorFirstName} asked you" : $"you promised {mentorFirstName}";
        return $"{who}: {description} ({Due(dueOn, today)})";
    }

    /// <summary>"networking: go to the mixer (due Fri 20 Mar)".</summary>
    public static string NetworkingStepReason(string description, DateOnly dueOn, DateOnly today) =>
        $"networking step you committed to: {description} ({Due(dueOn, today)})";

    private static string Due(DateOnly dueOn, DateOnly today)
    {
        var late = today.DayNumber - dueOn.DayNumber;
        return late switch
        {
            > 1 => $"{late} days overdue",
            1 => "1 day overdue",
            0 => "due today",
            _ => $"due {When(dueOn, today)}",
        };
    }

    private static string Planned(DateOnly day, DateOnly today) =>
        day == today ? "for today" : day < today ? $"for {When(day, today)}, {Ago(day, today)}" : $"for {When(day, today)}";

    public static string Ago(DateOnly day, DateOnly today)
    {
        var days = today.DayNumber - day.DayNumber;
        return days switch
        {
            0 => "today",
            1 => "yesterday",
            < 0 => $"in {-days} days",
            _ => $"{days} days ago",
        };
    }

    private static string When(DateOnly day, DateOnly today) =>
        day.DayNumber - today.DayNumber == 1 ? "tomorrow" : day.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    /// <summary>The last day of the window: today, or the Sunday that ends this (ISO) week.</summary>
    public static DateOnly WindowEnd(AgendaWindow window, DateOnly today) => window switch
    {
        AgendaWindow.Week => today.AddDays((7 - (int)today.DayOfWeek) % 7),
        _ => today,
    };
}
