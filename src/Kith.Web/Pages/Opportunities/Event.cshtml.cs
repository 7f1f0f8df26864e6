using Kith.Core.Common;
using Kith.Core.Opportunities;
using Kith.Core.People;

namespace Kith.Web.Pages.Opportunities;

/// <summary>One event: whether I went, whom I met there, and the form that adds them. Handlers live in Event.Handlers.cs.</summary>
public sealed partial class EventModel(OpportunityService opportunities, PeopleService people, AccountClock clock) : KithPageModel
{
    public EventView Event { get; private set; } = null!;

    /// <summary>Attendance and people met make sense only once the event has started.</summary>
    public bool HasStarted { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>Two days after the event, or today when that has passed: when the core would set the follow-up.</summary>
    public DateOnly FollowUpDefault { get; private set; }

    /// <summary>Whom I could have met (not me, not those already listed).</summary>
    public IReadOnlyList<PersonRef> People { get; private set; } = [];

    public IReadOnlyList<PersonRef> Buddies { get; private set; } = [];

    public MetForm Met { get; private set; } = null!;
    public EventForm Edit { get; private set; } = null!;

    public Task OnGetAsync(int id, CancellationToken ct) => LoadAsync(id, ct);

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Event = await opportunities.GetEventAsync(id, ct);
        HasStarted = Event.StartsAt.UtcDateTime <= clock.UtcNow;
        Today = await clock.TodayAsync(ct);
        FollowUpDefault = FollowUpDefaultFor(Event.StartsAt, Today);
        var everyone = await people.PickListAsync(includeMe: false, ct: ct);
        People = everyone.Where(p => Event.PeopleMet.All(m => m.Id != p.Id)).ToList();
        Buddies = everyone;
        Met ??= MetForm.Default(FollowUpDefault);
        Edit ??= EventForm.From(Event);
    }
}
