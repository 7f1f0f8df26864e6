using System.Globalization;
using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.Interactions;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Plan;

/// <summary>
/// The weekly networking plan: recurring slots, a suggested person for each upcoming one, and
/// accept / swap / skip / done, with adherence and a streak so the time set aside is kept.
/// </summary>
public sealed partial class PlanService(KithDbContext db, AccountClock clock, InteractionService interactions)
{
    public const int MaxWeeksAhead = 26;
    public const int MaxSlots = 14;

    public Task<PlanView> GetAsync(int weeks = 8, CancellationToken ct = default) => GetAsync(weeks, FirstFetch, ct);

    /// <param name="firstFetch">How many people each of the ranking's walks reads at first (tests make it small to make it read again).</param>
    internal async Task<PlanView> GetAsync(int weeks, int firstFetch, CancellationToken ct)
    {
        weeks = Math.Clamp(weeks, 1, MaxWeeksAhead);
        var zone = await clock.ZoneAsync(ct);
        var today = await clock.TodayAsync(ct);
        var plan = await db.WeeklyPlans.AsNoTracking().FirstOrDefaultAsync(ct) ?? new WeeklyPlan();
        var slots = await SlotsSinceHalfAYearAsync(today, ct);
        var historyFrom = PlanRules.WeekStart(today).AddDays(-7 * 26);
        var until = PlanRules.WeekStart(today).AddDays(7 * weeks - 1);
        var rows = await db.SlotOccurrences.AsNoTracking().Where(o => o.On >= historyFrom && o.On <= until).ToListAsync(ct);
        var byKey = rows.ToDictionary(r => (r.SlotId, r.On));

        // This week's and later occurrences of every running slot, each with what I decided about it.
        var upcoming = slots.SelectMany(s => Days(s, PlanRules.WeekStart(today), until)
                .Select(day => byKey.TryGetValue((s.Id, day), out var row)
                    ? new PlanRules.Occurrence(s.Id, day, row.Status, row.PersonId, row.PassedOverIds)
                    : new PlanRules.Occurrence(s.Id, day, SlotStatus.Open, null, new HashSet<int>())))
            .OrderBy(o => o.On).ThenBy(o => o.SlotId).ToList();

        var me = await db.People.AsNoTracking().Where(p => p.IsMe).Select(p => new { p.Id, p.Department }).FirstAsync(ct);
        var suggestions = await SuggestAsync(upcoming, me.Department, plan.RotationWeeks, today, zone, firstFetch, ct);
        var slotById = slots.ToDictionary(s => s.Id);
        var planned = suggestions.Select(s =>
        {
            var slot = slotById[s.SlotId];
            var row = byKey.GetValueOrDefault((s.SlotId, s.On));
            return new PlannedSlotView(s.SlotId, s.On, StartOf(slot, s.On, zone), slot.DurationMinutes, slot.Kind, Describe(slot),
                row?.Status ?? SlotStatus.Open, s.Mix, s.PersonId, s.PersonName, s.Reason, row?.InteractionId);
        }).ToList();

        var keeping = Keeping(slots, byKey, historyFrom, today);
        var scheduledMinutes = slots.Where(s => s.EndedOn is null || s.EndedOn > today).Sum(s => s.DurationMinutes);
        return new PlanView(plan.WeeklyBudgetMinutes, plan.RotationWeeks, scheduledMinutes,
            slots.Where(s => s.EndedOn is null || s.EndedOn > today).OrderBy(s => ((int)s.Day + 6) % 7).ThenBy(s => s.StartsAt).Select(ToView).ToList(),
            planned,
            keeping.Last8Weeks,
            keeping.Last26Weeks,
            keeping.Streak,
            Notes(plan.WeeklyBudgetMinutes, scheduledMinutes, keeping.RunningSlots));
    }

    /// <summary>
    /// How well the time set aside was kept, without suggesting anyone for the weeks ahead: what network
    /// health needs, without ranking every person (about half a second at 100,000 people).
    /// </summary>
    public async Task<PlanKeeping> KeepingAsync(CancellationToken ct = default)
    {
        var today = await clock.TodayAsync(ct);
        var slots = await SlotsSinceHalfAYearAsync(today, ct);
        var historyFrom = PlanRules.WeekStart(today).AddDays(-7 * 26);
        var until = PlanRules.WeekStart(today).AddDays(6);
        var byKey = await db.SlotOccurrences.AsNoTracking().Where(o => o.On >= historyFrom && o.On <= until).ToDictionaryAsync(r => (r.SlotId, r.On), ct);
        return Keeping(slots, byKey, historyFrom, today);
    }

    /// <summary>The slots running now or in the last 26 weeks, which adherence counts.</summary>
    private Task<List<NetworkingSlot>> SlotsSinceHalfAYearAsync(DateOnly today, CancellationToken ct) =>
        db.NetworkingSlots.AsNoTracking().Where(s => s.EndedOn == null || s.EndedOn > today.AddDays(-7 * 27)).ToListAsync(ct);

    // Adherence counts every occurrence the slots had in past weeks, kept or not.
    private static PlanKeeping Keeping(List<NetworkingSlot> slots, Dictionary<(int SlotId, DateOnly On), SlotOccurrence> byKey, DateOnly historyFrom, DateOnly today)
    {
        var past = slots.SelectMany(s => Days(s, historyFrom, PlanRules.WeekStart(today).AddDays(6))
            .Select(day => (day, Kept: byKey.TryGetValue((s.Id, day), out var row) && row.Status == SlotStatus.Done))).ToList();
        return new PlanKeeping(slots.Count(s => s.EndedOn is null || s.EndedOn > today),
            PlanRules.Adherence(past, 8, today),
            PlanRules.Adherence(past, 26, today),
            PlanRules.Streak(past.Where(p => p.Kept).Select(p => p.day), today));
    }

    public async Task<PlanView> SetPlanAsync(PlanInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        if (input.WeeklyBudgetMinutes is not { } budget)
            errors.Add(nameof(input.WeeklyBudgetMinutes), "Say how many minutes a week you set aside, e.g. 60 for one lunch.");
        else if (budget is < 15 or > 40 * 60)
            errors.Add(nameof(input.WeeklyBudgetMinutes), "Set aside between 15 minutes and 40 hours a week.");
        if (input.RotationWeeks is { } rotation && rotation is < 1 or > 52)
            errors.Add(nameof(input.RotationWeeks), "The rotation is between 1 and 52 weeks.");
        errors.ThrowIfAny();

        var plan = await db.WeeklyPlans.FirstOrDefaultAsync(ct);
        if (plan is null) db.WeeklyPlans.Add(plan = new WeeklyPlan());
        plan.WeeklyBudgetMinutes = input.WeeklyBudgetMinutes!.Value;
        plan.RotationWeeks = input.RotationWeeks ?? plan.RotationWeeks;
        plan.UpdatedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return await GetAsync(ct: ct);
    }

    public async Task<SlotView> AddSlotAsync(SlotInput input, CancellationToken ct = default)
    {
        if (await db.NetworkingSlots.CountAsync(s => s.EndedOn == null, ct) >= MaxSlots)
            throw ValidationFailedException.For("Day", $"At most {MaxSlots} slots a week; networking is one part of the week, not all of it.");
        var slot = new NetworkingSlot { CreatedAt = clock.UtcNow };
        await ApplyAsync(slot, input, ct);
        db.NetworkingSlots.Add(slot);
        if (!await db.WeeklyPlans.AnyAsync(ct))
            db.WeeklyPlans.Add(new WeeklyPlan { WeeklyBudgetMinutes = slot.DurationMinutes, UpdatedAt = clock.UtcNow });
        await db.SaveChangesAsync(ct);
        return ToView(slot);
    }

    public async Task<SlotView> UpdateSlotAsync(int id, SlotInput input, CancellationToken ct = default)
    {
        var slot = await FindSlotAsync(id, ct);
        await ApplyAsync(slot, input, ct);
        await db.SaveChangesAsync(ct);
        return ToView(slot);
    }

    /// <summary>Stops a slot from today; its past occurrences still count for adherence.</summary>
    public async Task EndSlotAsync(int id, CancellationToken ct = default)
    {
        var slot = await FindSlotAsync(id, ct);
        var today = await clock.TodayAsync(ct);
        if (slot.StartsOn >= today)
            db.NetworkingSlots.Remove(slot);
        else
            slot.EndedOn ??= today;
        await db.SaveChangesAsync(ct);
    }

    private async Task ApplyAsync(NetworkingSlot slot, SlotInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var today = await clock.TodayAsync(ct);
        DayOfWeek day = default;
        if (PeopleService.Clean(input.Day) is not { } dayText)
            errors.Add(nameof(input.Day), "Choose a day of the week.");
        else if (!Enum.TryParse(dayText, ignoreCase: true, out day) || int.TryParse(dayText, out _))
            errors.Add(nameof(input.Day), $"'{dayText}' is not a day of the week; use monday … sunday.");
        TimeOnly startsAt = default;
        if (PeopleService.Clean(input.StartsAt) is not { } timeText)
            errors.Add(nameof(input.StartsAt), "Choose a start time, e.g. 12:00.");
        else if (!TimeOnly.TryParseExact(timeText, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out startsAt))
            errors.Add(nameof(input.StartsAt), $"'{timeText}' is not a time; use HH:MM, e.g. 12:30.");
        var duration = input.DurationMinutes ?? 60;
        if (duration is < 10 or > 480)
            errors.Add(nameof(input.DurationMinutes), "A slot lasts between 10 minutes and 8 hours.");
        var kind = InteractionKind.Lunch;
        if (PeopleService.Clean(input.Kind) is { } kindText && !Vocabulary.TryParse(kindText, out kind))
            errors.Add(nameof(input.Kind), $"Unknown kind '{kindText}'. Use one of: {Vocabulary.Choices<InteractionKind>()}.");
        var label = PeopleService.Clean(input.Label);
        if (label?.Length > 100)
            errors.Add(nameof(input.Label), "Keep the label under 100 characters.");
        var startsOn = InputParsing.Date(input.StartsOn, nameof(input.StartsOn), errors) ?? (slot.Id == 0 ? today : slot.StartsOn);
        errors.ThrowIfAny();

        slot.Day = day;
        slot.StartsAt = startsAt;
        slot.DurationMinutes = duration;
        slot.Kind = kind;
        slot.Label = label;
        slot.StartsOn = startsOn;
    }

    private async Task<NetworkingSlot> FindSlotAsync(int id, CancellationToken ct) =>
        await db.NetworkingSlots.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("Slot", id);

    private static IEnumerable<DateOnly> Days(NetworkingSlot slot, DateOnly from, DateOnly until)
    {
        var first = from.AddDays(((int)slot.Day - (int)from.DayOfWeek + 7) % 7);
        for (var day = first; day <= until; day = day.AddDays(7))
        {
            if (slot.OccursOn(day)) yield return day;
        }
    }

    /// <summary>The slot's local start on a day, as an offset time; a start inside a DST gap moves an hour later.</summary>
    internal static DateTimeOffset StartOf(NetworkingSlot slot, DateOnly day, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(day.ToDateTime(slot.StartsAt), DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    internal static string Describe(NetworkingSlot s)
    {
        var end = s.StartsAt.AddMinutes(s.DurationMinutes);
        var what = s.Label ?? Vocabulary.Token(s.Kind);
        return $"{s.Day} {s.StartsAt:HH\\:mm}–{end:HH\\:mm}, {what}";
    }

    private static SlotView ToView(NetworkingSlot s) =>
        new(s.Id, s.Day, s.StartsAt, s.DurationMinutes, s.Kind, s.Label, s.StartsOn, s.EndedOn, Describe(s));

    private static List<string> Notes(int budget, int scheduled, int slots)
    {
        var notes = new List<string>();
        if (slots == 0)
            notes.Add("No time is set aside yet. Add a slot, say a lunch each Wednesday: networking with no set time never happens.");
        else if (budget > 0 && scheduled < budget)
            notes.Add($"Your slots use {scheduled} of the {budget} minutes a week you set aside; add a slot to use the rest.");
        else if (budget > 0 && scheduled > budget)
            notes.Add($"Your slots take {scheduled} minutes a week, more than the {budget} you set aside.");
        return notes;
    }
}
