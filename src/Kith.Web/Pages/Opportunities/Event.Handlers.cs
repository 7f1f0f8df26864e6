using System.Globalization;
using Kith.Core.Common;
using Kith.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Opportunities;

/// <summary>The event page's forms. Each redirects back on success and re-shows the page with messages on failure.</summary>
public sealed partial class EventModel
{
    // The follow-up is checked by the keep-in-touch service, which calls its date DueOn.
    private static readonly Dictionary<string, string> MetFieldNames = new() { ["DueOn"] = "Met.FollowUpOn" };

    public async Task<IActionResult> OnPostAttendedAsync(int id, bool attended, CancellationToken ct)
    {
        try
        {
            await opportunities.SetAttendedAsync(id, attended, ct);
            Flash(attended ? "Noted: you went. Now add the people you met." : "Noted: you did not go this time.");
            return BackTo(id, "attendance");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, "");
            return await RedisplayAsync(id, ct);
        }
    }

    public async Task<IActionResult> OnPostMetAsync(int id, [FromForm(Name = nameof(Met))] MetForm met, CancellationToken ct)
    {
        try
        {
            var before = await opportunities.GetEventAsync(id, ct);
            var after = await opportunities.AddPersonMetAsync(id, met.ToInput(), ct);
            var person = after.PeopleMet.First(p => before.PeopleMet.All(b => b.Id != p.Id));
            var due = DateOnly.TryParseExact(met.FollowUpOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on)
                ? on : FollowUpDefaultFor(after.StartsAt, await clock.TodayAsync(ct));
            Flash(met.IsNewPerson
                ? $"Added {person.DisplayName} to your people, logged meeting them at {after.Title}, and set a follow-up for {Show.Day(due)}."
                : $"Linked {person.DisplayName} to {after.Title}, logged the meeting on their timeline, and set a follow-up for {Show.Day(due)}.");
            return BackTo(id, "people-met");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Met), MetFieldNames);
            Met = met;
            return await RedisplayAsync(id, ct);
        }
    }

    public async Task<IActionResult> OnPostRemoveMetAsync(int id, int personId, CancellationToken ct)
    {
        var before = await opportunities.GetEventAsync(id, ct);
        await opportunities.RemovePersonMetAsync(id, personId, ct);
        var name = before.PeopleMet.FirstOrDefault(p => p.Id == personId)?.DisplayName ?? "them";
        Flash($"Removed {name} from this event. They stay in your people, with what was logged.");
        return BackTo(id, "people-met");
    }

    public async Task<IActionResult> OnPostEditAsync(int id, [FromForm(Name = nameof(Edit))] EventForm edit, CancellationToken ct)
    {
        try
        {
            var saved = await opportunities.UpdateEventAsync(id, edit.ToInput(), ct);
            Flash($"Saved {saved.Title}, {Show.Time(saved.StartsAt)}.");
            return BackTo(id, null);
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Edit));
            Edit = edit;
            return await RedisplayAsync(id, ct);
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var e = await opportunities.GetEventAsync(id, ct);
        await opportunities.DeleteEventAsync(id, ct);
        Flash($"Deleted {e.Title}. The people you met there stay in your people.");
        return RedirectToPage("/Opportunities/Details", null, new { id = e.OpportunityId }, "events");
    }

    private static DateOnly FollowUpDefaultFor(DateTimeOffset startsAt, DateOnly today)
    {
        var day = DateOnly.FromDateTime(startsAt.DateTime).AddDays(2);
        return day < today ? today : day;
    }

    private RedirectToPageResult BackTo(int id, string? section) => RedirectToPage(null, null, new { id }, section);

    private async Task<IActionResult> RedisplayAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }
}
