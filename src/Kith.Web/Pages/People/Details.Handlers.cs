using Kith.Core.Common;
using Kith.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.People;

/// <summary>The person page's forms. Each redirects back on success and re-shows the page with messages on failure.</summary>
public sealed partial class DetailsModel
{
    private static readonly Dictionary<string, string> LogFieldNames = new() { ["PersonIds"] = "Log.OtherPersonIds" };

    public async Task<IActionResult> OnPostLogAsync(int id, [FromForm(Name = nameof(Log))] LogForm log, CancellationToken ct)
    {
        try
        {
            var logged = await interactions.LogAsync(log.ToInput(id), ct);
            Flash($"Logged {Show.Kind(logged.Kind).ToLowerInvariant()} with {string.Join(", ", logged.People.Select(p => p.DisplayName))}.");
            return BackTo(id, "timeline");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Log), LogFieldNames);
            Log = log;
            return await RedisplayAsync(id, ct);
        }
    }

    public async Task<IActionResult> OnPostCadenceAsync(int id, [FromForm(Name = nameof(Cadence))] CadenceForm cadence, CancellationToken ct)
    {
        try
        {
            var set = await keepInTouch.SetCadenceAsync(id, cadence.ToInput(), ct);
            Flash($"Keeping in touch {set.Description}.");
            return BackTo(id, "keep-in-touch");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Cadence));
            Cadence = cadence;
            return await RedisplayAsync(id, ct);
        }
    }

    public async Task<IActionResult> OnPostClearCadenceAsync(int id, CancellationToken ct)
    {
        await keepInTouch.ClearCadenceAsync(id, ct);
        Flash("Cadence removed. Only follow-ups will bring this person back to the agenda.");
        return BackTo(id, "keep-in-touch");
    }

    public async Task<IActionResult> OnPostSnoozeAsync(int id, [FromForm(Name = nameof(Snooze))] SnoozeForm snooze, CancellationToken ct)
    {
        try
        {
            // An empty date would wake the person instead; asking for a date is clearer.
            if (string.IsNullOrWhiteSpace(snooze.Until))
                throw ValidationFailedException.For(nameof(SnoozeForm.Until), "Choose the day they should come back to the agenda.");
            await keepInTouch.SnoozeAsync(id, snooze.Until, ct);
            Flash($"Snoozed until {Show.Day(DateOnly.Parse(snooze.Until, System.Globalization.CultureInfo.InvariantCulture))}.");
            return BackTo(id, "keep-in-touch");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Snooze));
            Snooze = snooze;
            return await RedisplayAsync(id, ct);
        }
    }

    public async Task<IActionResult> OnPostWakeAsync(int id, CancellationToken ct)
    {
        await keepInTouch.SnoozeAsync(id, null, ct);
        Flash("Snooze ended.");
        return BackTo(id, "keep-in-touch");
    }

    public async Task<IActionResult> OnPostFollowUpAsync(int id, [FromForm(Name = nameof(FollowUp))] FollowUpForm followUp, CancellationToken ct)
    {
        try
        {
            var added = await keepInTouch.AddFollowUpAsync(followUp.ToInput(id), ct);
            Flash($"Follow-up added: {added.Description}, due {Show.Day(added.DueOn)}.");
            return BackTo(id, "follow-ups");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(FollowUp));
            FollowUp = followUp;
            return await RedisplayAsync(id, ct);
        }
    }

    public async Task<IActionResult> OnPostFollowUpDoneAsync(int id, int followUpId, bool done, CancellationToken ct)
    {
        var changed = await keepInTouch.SetDoneAsync(followUpId, done, ct);
        Flash(done ? $"Done: {changed.Description}." : $"Reopened: {changed.Description}.");
        return BackTo(id, "follow-ups");
    }

    private RedirectToPageResult BackTo(int id, string section) => RedirectToPage(null, null, new { id }, section);

    private async Task<IActionResult> RedisplayAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, null, ct);
        return Page();
    }
}
