using Kith.Core.Common;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Kith.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.People;

/// <summary>One person: who they are, what we did together, and what I mean to do next. Handlers live in Details.Handlers.cs.</summary>
public sealed partial class DetailsModel(
    PeopleService people, InteractionService interactions, KeepInTouchService keepInTouch, AccountClock clock) : KithPageModel
{
    private const int TimelinePageSize = 10;

    public PersonDetail Person { get; private set; } = null!;
    public Page<InteractionView> Timeline { get; private set; } = null!;
    public Pager TimelinePager { get; private set; } = null!;
    public IReadOnlyList<FollowUpView> OpenFollowUps { get; private set; } = [];
    public IReadOnlyList<FollowUpView> DoneFollowUps { get; private set; } = [];

    /// <summary>Who else may have been there, for the log form (never this person or me).</summary>
    public IReadOnlyList<PersonRef> OtherPeople { get; private set; } = [];

    public DateOnly Today { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    // Each form keeps what the user typed when its post fails; the others show their defaults.
    public LogForm Log { get; private set; } = null!;
    public CadenceForm Cadence { get; private set; } = null!;
    public SnoozeForm Snooze { get; private set; } = null!;
    public FollowUpForm FollowUp { get; private set; } = null!;

    public bool IsOverdue => Person.OverdueOn is { } overdue && overdue < Today;

    public Task OnGetAsync(int id, [FromQuery(Name = "page")] int? pageNumber, CancellationToken ct) =>
        LoadAsync(id, pageNumber, ct);

    private async Task LoadAsync(int id, int? pageNumber, CancellationToken ct)
    {
        Person = await people.GetAsync(id, ct);
        Zone = await clock.ZoneAsync(ct);
        Today = await clock.TodayAsync(ct);

        Timeline = await interactions.ListAsync(new InteractionQuery { PersonId = id, Page = pageNumber, PageSize = TimelinePageSize }, ct);
        TimelinePager = Pager.For("Pages of the timeline", Timeline, page => page > 1 ? $"/people/{id}?page={page}#timeline" : $"/people/{id}#timeline");

        var followUps = await keepInTouch.ListFollowUpsAsync(new FollowUpQuery { PersonId = id, Status = "all", PageSize = 100 }, ct);
        OpenFollowUps = followUps.Items.Where(f => f.DoneAt is null).ToList();
        DoneFollowUps = followUps.Items.Where(f => f.DoneAt is not null).OrderByDescending(f => f.DoneAt).ToList();

        if (!Person.IsMe)
            OtherPeople = (await people.PickListAsync(includeMe: false, ct: ct)).Where(p => p.Id != id).ToList();

        Log ??= LogForm.Default(Today);
        Cadence ??= CadenceForm.From(Person.Cadence);
        Snooze ??= new SnoozeForm();
        FollowUp ??= FollowUpForm.Default(Today);
        Merge ??= new MergeForm();
    }
}
