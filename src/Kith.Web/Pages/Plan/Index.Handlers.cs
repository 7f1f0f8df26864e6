using Kith.Core.Common;
using Kith.Core.Plan;
using Kith.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Plan;

/// <summary>The plan page's forms. Each redirects back on success and re-shows the page with messages on failure.</summary>
public sealed partial class IndexModel
{
    public async Task<IActionResult> OnPostBudgetAsync([FromForm(Name = nameof(Budget))] BudgetForm budget, CancellationToken ct)
    {
        try
        {
            var plan = await plans.SetPlanAsync(budget.ToInput(), ct);
            Flash($"Setting aside {PlanText.Minutes(plan.WeeklyBudgetMinutes)} a week; nobody is suggested again within {plan.RotationWeeks} weeks.");
            return BackTo("budget");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Budget));
            Budget = budget;
            return await RedisplayAsync(ct);
        }
    }

    public async Task<IActionResult> OnPostAddSlotAsync([FromForm(Name = nameof(Slot))] SlotForm slot, CancellationToken ct)
    {
        try
        {
            var added = await plans.AddSlotAsync(slot.ToInput(), ct);
            Flash($"Added {added.Description}. Each week now has someone to meet.");
            return BackTo("upcoming");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Slot));
            Slot = slot;
            return await RedisplayAsync(ct);
        }
    }

    /// <summary>The one-click start the empty plan offers.</summary>
    public async Task<IActionResult> OnPostQuickAddAsync(CancellationToken ct)
    {
        var added = await plans.AddSlotAsync(SlotForm.WednesdayLunch, ct);
        Flash($"Added {added.Description}. Each week now has someone to meet.");
        return BackTo("upcoming");
    }

    public async Task<IActionResult> OnPostEndSlotAsync(int slotId, CancellationToken ct)
    {
        var slot = (await plans.GetAsync(1, ct)).Slots.FirstOrDefault(s => s.Id == slotId) ?? throw new NotFoundException("Slot", slotId);
        await plans.EndSlotAsync(slotId, ct);
        Flash($"Stopped {slot.Description}. The weeks it was kept still count.");
        return BackTo("slots");
    }

    public Task<IActionResult> OnPostAcceptAsync([FromForm(Name = nameof(Occurrence))] OccurrenceForm posted, CancellationToken ct) =>
        ActAsync(posted, async () =>
        {
            var o = await plans.AcceptAsync(posted.SlotId, posted.On, posted.PersonId, ct);
            return $"Accepted: {o.PersonName}, {PlanText.When(o)}.";
        }, ct);

    public Task<IActionResult> OnPostSwapAsync([FromForm(Name = nameof(Occurrence))] OccurrenceForm posted, CancellationToken ct) =>
        ActAsync(posted, async () =>
        {
            var o = await plans.SwapAsync(posted.SlotId, posted.On, ct);
            return o.PersonName is { } name
                ? $"Swapped: {name} is suggested for {Show.Day(o.On)} instead."
                : $"Swapped. Nobody else is free for {Show.Day(o.On)}; skip it or add people.";
        }, ct);

    public Task<IActionResult> OnPostSkipAsync([FromForm(Name = nameof(Occurrence))] OccurrenceForm posted, CancellationToken ct) =>
        ActAsync(posted, async () =>
        {
            var o = await plans.SkipAsync(posted.SlotId, posted.On, ct);
            return $"Skipped {Show.Day(o.On)}. The next week has someone else.";
        }, ct);

    public Task<IActionResult> OnPostDoneAsync([FromForm(Name = nameof(Occurrence))] OccurrenceForm posted, CancellationToken ct) =>
        ActAsync(posted, async () =>
        {
            var o = await plans.DoneAsync(posted.SlotId, posted.On, posted.ToDoneInput(), ct);
            return $"Kept: {Show.Kind(o.Kind).ToLowerInvariant()} with {o.PersonName} on {Show.Day(o.On)}, logged on their timeline.";
        }, ct);

    private async Task<IActionResult> ActAsync(OccurrenceForm posted, Func<Task<string>> act, CancellationToken ct)
    {
        try
        {
            Flash(await act());
            return posted.Day is { } day ? BackTo(PlanText.Anchor(posted.SlotId, day)) : BackTo("upcoming");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Occurrence));
            Occurrence = posted;
            return await RedisplayAsync(ct);
        }
    }

    private RedirectToPageResult BackTo(string fragment) => RedirectToPage(null, null, null, fragment);

    private async Task<IActionResult> RedisplayAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }
}
