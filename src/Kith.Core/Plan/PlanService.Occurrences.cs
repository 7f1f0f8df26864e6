using Kith.Core.Common;
using Kith.Core.Interactions;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Plan;

/// <summary>Acting on one occurrence of a slot: accept, swap for the next suggestion, skip, or mark it kept.</summary>
public sealed partial class PlanService
{
    /// <summary>Accepts a person for the occurrence: the one suggested, unless another is named.</summary>
    public async Task<PlannedSlotView> AcceptAsync(int slotId, string? on, int? personId = null, CancellationToken ct = default)
    {
        var (slot, day) = await OccurrenceOfAsync(slotId, on, allowPast: false, ct);
        var row = await RowAsync(slot, day, ct);
        var chosen = personId ?? await SuggestedAsync(slotId, day, ct)
            ?? throw ValidationFailedException.For("PersonId", "There is nobody to suggest for this slot; name the person you will meet.");
        await CheckPersonAsync(chosen, ct);
        row.Status = SlotStatus.Accepted;
        row.PersonId = chosen;
        row.UpdatedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return await ViewAsync(slotId, day, ct);
    }

    /// <summary>Passes over the person suggested (or accepted) and suggests the next one.</summary>
    public async Task<PlannedSlotView> SwapAsync(int slotId, string? on, CancellationToken ct = default)
    {
        var (slot, day) = await OccurrenceOfAsync(slotId, on, allowPast: false, ct);
        var current = await SuggestedAsync(slotId, day, ct)
            ?? throw ValidationFailedException.For("On", "There is nobody else to suggest for this slot.");
        var row = await RowAsync(slot, day, ct);
        if (row.Status == SlotStatus.Done)
            throw ValidationFailedException.For("On", "This slot is already kept.");
        if (row.PassedOverIds.Count >= 30)
            throw ValidationFailedException.For("On", "That is enough swapping for one slot; accept someone by name instead.");
        row.PassOver(current);
        row.Status = SlotStatus.Open;
        row.PersonId = null;
        row.UpdatedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return await ViewAsync(slotId, day, ct);
    }

    public async Task<PlannedSlotView> SkipAsync(int slotId, string? on, CancellationToken ct = default)
    {
        var (slot, day) = await OccurrenceOfAsync(slotId, on, allowPast: true, ct);
        var row = await RowAsync(slot, day, ct);
        if (row.Status == SlotStatus.Done)
            throw ValidationFailedException.For("On", "This slot is already kept; delete the interaction from the person's timeline if it did not happen.");
        row.Status = SlotStatus.Skipped;
        row.PersonId = null;
        row.UpdatedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return await ViewAsync(slotId, day, ct);
    }

    /// <summary>Marks the occurrence kept and logs the interaction in the same step (which resets that person's cadence).</summary>
    public async Task<PlannedSlotView> DoneAsync(int slotId, string? on, SlotDoneInput input, CancellationToken ct = default)
    {
        var (slot, day) = await OccurrenceOfAsync(slotId, on, allowPast: true, ct);
        var today = await clock.TodayAsync(ct);
        if (day > today)
            throw ValidationFailedException.For("On", $"{day:yyyy-MM-dd} has not come yet; mark the slot kept once it has happened.");
        var row = await RowAsync(slot, day, ct);
        if (row.Status == SlotStatus.Done)
            throw ValidationFailedException.For("On", "This slot is already kept.");
        var personId = input.PersonId ?? row.PersonId ?? await SuggestedAsync(slotId, day, ct)
            ?? throw ValidationFailedException.For("PersonId", "Say whom you met.");
        await CheckPersonAsync(personId, ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var zone = await clock.ZoneAsync(ct);
        var start = StartOf(slot, day, zone);
        var at = start.UtcDateTime <= clock.UtcNow ? start : new DateTimeOffset(clock.UtcNow);
        var logged = await interactions.LogAsync(new InteractionInput
        {
            PersonIds = [personId],
            OccurredAt = at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            Kind = Vocabulary.Token(slot.Kind),
            Summary = PeopleService.Clean(input.Summary) ?? $"{Text.Capitalised(slot.Label ?? Vocabulary.Token(slot.Kind))} (weekly networking slot)",
            Notes = input.Notes,
            Exchange = input.Exchange,
        }, ct);
        row.Status = SlotStatus.Done;
        row.PersonId = personId;
        row.InteractionId = logged.Id;
        row.UpdatedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return await ViewAsync(slotId, day, ct);
    }

    private async Task<(NetworkingSlot Slot, DateOnly Day)> OccurrenceOfAsync(int slotId, string? on, bool allowPast, CancellationToken ct)
    {
        var slot = await FindSlotAsync(slotId, ct);
        var errors = new ValidationErrors();
        var day = InputParsing.Date(on, "On", errors);
        if (string.IsNullOrWhiteSpace(on)) errors.Add("On", "Say which day's slot, as YYYY-MM-DD.");
        errors.ThrowIfAny();
        if (!slot.OccursOn(day!.Value))
            throw ValidationFailedException.For("On", $"The slot \"{Describe(slot)}\" does not fall on {day:ddd yyyy-MM-dd}.");
        var today = await clock.TodayAsync(ct);
        if (!allowPast && day < today)
            throw ValidationFailedException.For("On", $"{day:yyyy-MM-dd} has passed; mark it kept or skipped instead.");
        if (day > today.AddDays(7 * MaxWeeksAhead))
            throw ValidationFailedException.For("On", $"Plan at most {MaxWeeksAhead} weeks ahead.");
        return (slot, day.Value);
    }

    private async Task<SlotOccurrence> RowAsync(NetworkingSlot slot, DateOnly day, CancellationToken ct)
    {
        var row = await db.SlotOccurrences.FirstOrDefaultAsync(o => o.SlotId == slot.Id && o.On == day, ct);
        if (row is null) db.SlotOccurrences.Add(row = new SlotOccurrence { SlotId = slot.Id, On = day });
        return row;
    }

    private async Task CheckPersonAsync(int personId, CancellationToken ct)
    {
        var person = await db.People.Where(p => p.Id == personId).Select(p => new { p.IsMe }).FirstOrDefaultAsync(ct);
        if (person is null) throw ValidationFailedException.For("PersonId", $"There is no person with id {personId}.");
        if (person.IsMe) throw ValidationFailedException.For("PersonId", "Choose someone to meet other than yourself.");
    }

    /// <summary>The person the plan suggests (or has accepted) for one occurrence, as the plan page shows it.</summary>
    private async Task<int?> SuggestedAsync(int slotId, DateOnly day, CancellationToken ct) =>
        (await FindPlannedAsync(slotId, day, ct))?.PersonId;

    private async Task<PlannedSlotView> ViewAsync(int slotId, DateOnly day, CancellationToken ct) =>
        await FindPlannedAsync(slotId, day, ct) ?? throw new NotFoundException("Slot occurrence", $"{slotId}/{day:yyyy-MM-dd}");

    private async Task<PlannedSlotView?> FindPlannedAsync(int slotId, DateOnly day, CancellationToken ct)
    {
        var today = await clock.TodayAsync(ct);
        var weeks = Math.Max(1, (PlanRules.WeekStart(day).DayNumber - PlanRules.WeekStart(today).DayNumber) / 7 + 1);
        if (day < PlanRules.WeekStart(today))
        {
            // A past week's slot: what was decided, without suggestions.
            var row = await db.SlotOccurrences.AsNoTracking().Include(o => o.Slot).FirstOrDefaultAsync(o => o.SlotId == slotId && o.On == day, ct);
            if (row is null) return null;
            var name = row.PersonId is { } id ? await db.People.Where(p => p.Id == id).Select(p => p.FirstName + (p.LastName == null ? "" : " " + p.LastName)).FirstOrDefaultAsync(ct) : null;
            return new PlannedSlotView(slotId, day, StartOf(row.Slot, day, await clock.ZoneAsync(ct)), row.Slot.DurationMinutes, row.Slot.Kind, Describe(row.Slot),
                row.Status, PlanRules.MixFor(day), row.PersonId, name, Vocabulary.Token(row.Status), row.InteractionId);
        }
        var plan = await GetAsync(weeks, ct);
        return plan.Upcoming.FirstOrDefault(p => p.SlotId == slotId && p.On == day);
    }
}
