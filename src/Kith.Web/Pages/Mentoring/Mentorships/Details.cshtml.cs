using Kith.Core.Common;
using Kith.Core.Mentoring;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Mentoring.Mentorships;

/// <summary>One mentorship: its pipeline, meetings and what I owe my mentor. Handlers live in Details.Handlers.cs.</summary>
public sealed partial class DetailsModel(MentorshipService mentorships, AccountClock clock) : MentoringPageModel
{
    public MentorshipDetail Mentorship { get; private set; } = null!;
    public MentorshipSummary Summary => Mentorship.Summary;
    public DateOnly Today { get; private set; }

    /// <summary>Now, as the user's datetime-local inputs read it, so past times are not offered.</summary>
    public DateTimeOffset Now { get; private set; }

    // Each form keeps what the user typed when its post fails; the others show their defaults.
    public StatusForm Change { get; private set; } = null!;
    public MeetingForm Meeting { get; private set; } = null!;
    public CommitmentForm Commitment { get; private set; } = null!;

    /// <summary>Meetings can be arranged once the mentor is a person and the mentorship has not ended.</summary>
    public bool CanArrangeMeetings => Summary.PersonId is not null && Summary.Status != MentorshipStatus.Ended;

    /// <summary>The last day each step of the pipeline was reached, from the history.</summary>
    public DateOnly? ReachedOn(MentorshipStatus status) =>
        Mentorship.History.LastOrDefault(h => h.Status == status)?.On;

    public Task OnGetAsync(int id, CancellationToken ct) => LoadAsync(id, ct);

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Mentorship = await mentorships.GetAsync(id, ct);
        var zone = await clock.ZoneAsync(ct);
        Today = await clock.TodayAsync(ct);
        Now = TimeZoneInfo.ConvertTime(new DateTimeOffset(clock.UtcNow, TimeSpan.Zero), zone);
        Change ??= StatusForm.Next(Summary.Status, Today);
        Meeting ??= MeetingForm.Default();
        Commitment ??= CommitmentForm.Default(Today);
    }
}
