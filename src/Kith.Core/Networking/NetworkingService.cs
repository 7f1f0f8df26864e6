using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Networking;

/// <summary>One way to meet people, as the "choose how to network" exercise presents it.</summary>
public sealed record NetworkingWayInfo(NetworkingWay Way, string Title, string Description, string FirstStep);

public sealed record NetworkingWayView(NetworkingWay Way, string Title, string Description, string FirstStep, bool Picked);

public sealed record NetworkingCommitmentView(int Id, NetworkingWay Way, string WayTitle, string Description, DateOnly DueOn, DateTime? DoneAt, bool IsOverdue);

/// <summary>Way: one of the kebab-case ways (weekly-lunch, professional-association…). DueOn: YYYY-MM-DD, today or later.</summary>
public sealed record NetworkingCommitmentInput(string? Way, string? Description, string? DueOn);

public sealed record NetworkingChoicesView(IReadOnlyList<NetworkingWayView> Ways, IReadOnlyList<NetworkingCommitmentView> Commitments);

/// <summary>The ways to network I chose, and the dated steps I committed to.</summary>
public sealed class NetworkingService(KithDbContext db, AccountClock clock)
{
    public static readonly IReadOnlyList<NetworkingWayInfo> Catalogue =
    [
        new(NetworkingWay.WeeklyLunch, "A weekly lunch with a different colleague",
            "Set aside one lunch a week and invite someone new each time: another department, another level.",
            "Pick a day and invite the first colleague"),
        new(NetworkingWay.ProfessionalAssociation, "A professional association and its mixers",
            "Join the association of your field; go to its mixers and talks, and volunteer for one of its tasks.",
            "Find the next mixer and sign up"),
        new(NetworkingWay.SportsLeague, "A sports league",
            "A company or local league: people get to know each other without an agenda.",
            "Ask about the next season and join a team"),
        new(NetworkingWay.VolunteerCommittee, "A volunteer committee",
            "A committee at work or in the community, where you work alongside people you would not otherwise meet.",
            "Ask the organiser how to join"),
        new(NetworkingWay.UnionRole, "A union or representative role",
            "Representing colleagues puts you in touch with people across the organisation and with management.",
            "Ask a current representative what it involves"),
        new(NetworkingWay.OutgoingBuddy, "Going with a more outgoing buddy",
            "Go to events with a colleague who enjoys meeting people; they introduce you and you follow their lead.",
            "Ask your buddy which event to go to together"),
        new(NetworkingWay.Introduction, "Asking my boss or a connector to introduce me",
            "A colleague who knows everyone, or your boss, can introduce you to people in a department or at a level you want to reach.",
            "Ask for one introduction this month"),
    ];

    public static NetworkingWayInfo Describe(NetworkingWay way) => Catalogue.First(w => w.Way == way);

    public async Task<NetworkingChoicesView> GetAsync(CancellationToken ct = default)
    {
        var picked = await db.NetworkingInterests.AsNoTracking().Select(i => i.Way).ToListAsync(ct);
        var open = await ListCommitmentsAsync("open", null, null, ct);
        return new NetworkingChoicesView(
            Catalogue.Select(w => new NetworkingWayView(w.Way, w.Title, w.Description, w.FirstStep, picked.Contains(w.Way))).ToList(),
            open.Items);
    }

    /// <summary>Replaces the ways that appeal to me.</summary>
    public async Task<NetworkingChoicesView> SetInterestsAsync(IReadOnlyList<string>? ways, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        var chosen = new List<NetworkingWay>();
        var texts = ways?.Where(w => !string.IsNullOrWhiteSpace(w)).ToList() ?? [];
        for (var i = 0; i < texts.Count; i++)
        {
            if (Vocabulary.TryParse<NetworkingWay>(texts[i], out var way)) chosen.Add(way);
            else errors.Add($"Ways[{i}]", $"Unknown way '{texts[i].Trim()}'. Use one of: {Vocabulary.Choices<NetworkingWay>()}.");
        }
        errors.ThrowIfAny();

        var existing = await db.NetworkingInterests.ToListAsync(ct);
        db.NetworkingInterests.RemoveRange(existing.Where(e => !chosen.Contains(e.Way)));
        foreach (var way in chosen.Distinct().Where(w => existing.All(e => e.Way != w)))
            db.NetworkingInterests.Add(new NetworkingInterest { Way = way, ChosenAt = clock.UtcNow });
        await db.SaveChangesAsync(ct);
        return await GetAsync(ct);
    }

    /// <summary>Commits to one concrete step now, with a date; it appears on the agenda until done.</summary>
    public async Task<NetworkingCommitmentView> CommitAsync(NetworkingCommitmentInput input, CancellationToken ct = default)
    {
        var today = await clock.TodayAsync(ct);
        var errors = new ValidationErrors();
        NetworkingWay way = default;
        if (PeopleService.Clean(input.Way) is not { } wayText)
            errors.Add(nameof(input.Way), "Choose the way you will network.");
        else if (!Vocabulary.TryParse(wayText, out way))
            errors.Add(nameof(input.Way), $"Unknown way '{wayText}'. Use one of: {Vocabulary.Choices<NetworkingWay>()}.");
        var description = PeopleService.Clean(input.Description);
        if (description is null && !errors.Any)
            description = Describe(way).FirstStep;
        if (description?.Length > 500)
            errors.Add(nameof(input.Description), $"Keep it under 500 characters (it has {description.Length}).");
        var dueOn = InputParsing.Date(input.DueOn, nameof(input.DueOn), errors);
        if (string.IsNullOrWhiteSpace(input.DueOn))
            errors.Add(nameof(input.DueOn), "Choose a date: committing means a day, and networking without one never happens.");
        else if (dueOn < today)
            errors.Add(nameof(input.DueOn), $"{dueOn:yyyy-MM-dd} has passed; commit to today or a later day.");
        else if (dueOn > today.AddYears(1))
            errors.Add(nameof(input.DueOn), "Choose a day within the next year; sooner is better.");
        errors.ThrowIfAny();

        var commitment = new NetworkingCommitment { Way = way, Description = description!, DueOn = dueOn!.Value, CreatedAt = clock.UtcNow };
        db.NetworkingCommitments.Add(commitment);
        // Committing to a way also marks it as one that appeals.
        if (!await db.NetworkingInterests.AnyAsync(i => i.Way == way, ct))
            db.NetworkingInterests.Add(new NetworkingInterest { Way = way, ChosenAt = clock.UtcNow });
        await db.SaveChangesAsync(ct);
        return ToView(commitment, today);
    }

    public async Task<NetworkingCommitmentView> SetDoneAsync(int id, bool done, CancellationToken ct = default)
    {
        var commitment = await db.NetworkingCommitments.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("Networking commitment", id);
        commitment.DoneAt = done ? commitment.DoneAt ?? clock.UtcNow : null;
        await db.SaveChangesAsync(ct);
        return ToView(commitment, await clock.TodayAsync(ct));
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var commitment = await db.NetworkingCommitments.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("Networking commitment", id);
        db.NetworkingCommitments.Remove(commitment);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Status: open (default), done or all; soonest first.</summary>
    public async Task<Page<NetworkingCommitmentView>> ListCommitmentsAsync(string? status, int? page, int? pageSize, CancellationToken ct = default)
    {
        var paging = Paging.Of(page, pageSize);
        IQueryable<NetworkingCommitment> q = db.NetworkingCommitments.AsNoTracking();
        q = (PeopleService.Clean(status)?.ToLowerInvariant() ?? "open") switch
        {
            "open" => q.Where(c => c.DoneAt == null),
            "done" => q.Where(c => c.DoneAt != null),
            "all" => q,
            _ => throw ValidationFailedException.For("Status", $"Unknown status '{status}'. Use open, done or all."),
        };
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(c => c.DoneAt != null).ThenBy(c => c.DueOn).ThenBy(c => c.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        var today = await clock.TodayAsync(ct);
        return new Page<NetworkingCommitmentView>(rows.Select(r => ToView(r, today)).ToList(), paging.PageNumber, paging.PageSize, total);
    }

    private static NetworkingCommitmentView ToView(NetworkingCommitment c, DateOnly today) =>
        new(c.Id, c.Way, Describe(c.Way).Title, c.Description, c.DueOn, c.DoneAt, c.DoneAt is null && c.DueOn < today);
}
