using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Mentoring;

/// <summary>Goals at one year, two years and longer, and the areas where mentoring would help reach them.</summary>
public sealed class GoalService(KithDbContext db, AccountClock clock)
{
    public const int MaxAreasPerGoal = 20;

    public async Task<GoalDetail> CreateAsync(GoalInput input, CancellationToken ct = default)
    {
        var goal = new Goal { Title = "", CreatedAt = clock.UtcNow };
        await ApplyAsync(goal, input, ct);
        db.Goals.Add(goal);
        await db.SaveChangesAsync(ct);
        return await GetAsync(goal.Id, ct);
    }

    /// <summary>Replaces every field of a goal, its areas included.</summary>
    public async Task<GoalDetail> UpdateAsync(int id, GoalInput input, CancellationToken ct = default)
    {
        var goal = await db.Goals.Include(g => g.Areas).FirstOrDefaultAsync(g => g.Id == id, ct)
            ?? throw new NotFoundException("Goal", id);
        await ApplyAsync(goal, input, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Adds areas to a goal, keeping the ones it has (the second step of the goals exercise).</summary>
    public async Task<GoalDetail> AddAreasAsync(int id, IReadOnlyList<string>? areas, CancellationToken ct = default)
    {
        var goal = await db.Goals.Include(g => g.Areas).ThenInclude(a => a.Area).FirstOrDefaultAsync(g => g.Id == id, ct)
            ?? throw new NotFoundException("Goal", id);
        var names = goal.Areas.Select(a => a.Area.Name).Concat(NamedRows.CleanNames(areas)).ToList();
        var input = new GoalInput(goal.Title, goal.Description, Vocabulary.Token(goal.Horizon),
            goal.TargetOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Vocabulary.Token(goal.Status), names);
        await ApplyAsync(goal, input, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var goal = await db.Goals.FirstOrDefaultAsync(g => g.Id == id, ct) ?? throw new NotFoundException("Goal", id);
        db.Goals.Remove(goal);
        await db.SaveChangesAsync(ct);
    }

    public async Task<GoalDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var goal = await db.Goals.AsNoTracking()
            .Include(g => g.Areas).ThenInclude(a => a.Area)
            .Include(g => g.Notes)
            .AsSplitQuery()
            .FirstOrDefaultAsync(g => g.Id == id, ct) ?? throw new NotFoundException("Goal", id);
        return new GoalDetail(goal.Id, goal.Title, goal.Description, goal.Horizon, goal.TargetOn, goal.Status,
            goal.Areas.Select(a => a.Area.Name).Order(StringComparer.OrdinalIgnoreCase).ToList(),
            goal.Notes.OrderByDescending(n => n.WrittenAt).ThenByDescending(n => n.Id).Select(n => new GoalNoteView(n.Id, n.WrittenAt, n.Text)).ToList(),
            goal.CreatedAt);
    }

    /// <summary>Goals by horizon (one year first), then target date.</summary>
    public async Task<Page<GoalSummary>> ListAsync(GoalQuery query, CancellationToken ct = default)
    {
        var paging = Paging.Of(query.Page, query.PageSize);
        var errors = new ValidationErrors();
        IQueryable<Goal> q = db.Goals.AsNoTracking();
        var status = PeopleService.Clean(query.Status)?.ToLowerInvariant() ?? "active";
        if (status is not "all")
        {
            if (Vocabulary.TryParse<GoalStatus>(status, out var s)) q = q.Where(g => g.Status == s);
            else errors.Add(nameof(query.Status), $"Unknown status '{query.Status}'. Use active, achieved, dropped or all.");
        }
        if (PeopleService.Clean(query.Horizon) is { } horizonText)
        {
            if (Vocabulary.TryParse<GoalHorizon>(horizonText, out var h)) q = q.Where(g => g.Horizon == h);
            else errors.Add(nameof(query.Horizon), $"Unknown horizon '{horizonText}'. Use {Vocabulary.Choices<GoalHorizon>()}.");
        }
        errors.ThrowIfAny();

        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(g => g.Status).ThenBy(g => g.Horizon).ThenBy(g => g.TargetOn == null).ThenBy(g => g.TargetOn).ThenBy(g => g.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(g => new { g.Id, g.Title, g.Horizon, g.TargetOn, g.Status, NoteCount = g.Notes.Count })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var areas = (await db.GoalAreas.Where(a => ids.Contains(a.GoalId)).Select(a => new { a.GoalId, a.Area.Name }).ToListAsync(ct))
            .ToLookup(a => a.GoalId, a => a.Name);
        var items = rows.Select(r => new GoalSummary(r.Id, r.Title, r.Horizon, r.TargetOn, r.Status,
            areas[r.Id].Order(StringComparer.OrdinalIgnoreCase).ToList(), r.NoteCount)).ToList();
        return new Page<GoalSummary>(items, paging.PageNumber, paging.PageSize, total);
    }

    public async Task<GoalNoteView> AddNoteAsync(int goalId, GoalNoteInput input, CancellationToken ct = default)
    {
        if (!await db.Goals.AnyAsync(g => g.Id == goalId, ct)) throw new NotFoundException("Goal", goalId);
        var text = PeopleService.Clean(input.Text);
        if (text is null) throw ValidationFailedException.For(nameof(input.Text), "Write what moved forward (or what did not).");
        if (text.Length > 4_000) throw ValidationFailedException.For(nameof(input.Text), $"Keep a note under 4,000 characters (it has {text.Length}).");
        var note = new GoalNote { GoalId = goalId, Text = text, WrittenAt = clock.UtcNow };
        db.GoalNotes.Add(note);
        await db.SaveChangesAsync(ct);
        return new GoalNoteView(note.Id, note.WrittenAt, note.Text);
    }

    public async Task DeleteNoteAsync(int goalId, int noteId, CancellationToken ct = default)
    {
        var note = await db.GoalNotes.FirstOrDefaultAsync(n => n.Id == noteId && n.GoalId == goalId, ct)
            ?? throw new NotFoundException("Goal note", noteId);
        db.GoalNotes.Remove(note);
        await db.SaveChangesAsync(ct);
    }

    private async Task ApplyAsync(Goal goal, GoalInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var title = PeopleService.Clean(input.Title);
        if (title is null)
            errors.Add(nameof(input.Title), "Say what you want to reach, e.g. \"lead a team of five\".");
        else if (title.Length > 200)
            errors.Add(nameof(input.Title), $"Keep the title under 200 characters (it has {title.Length}); put the rest in the description.");
        var description = PeopleService.Clean(input.Description);
        if (description?.Length > 4_000)
            errors.Add(nameof(input.Description), "Keep the description under 4,000 characters.");

        var horizon = GoalHorizon.OneYear;
        if (PeopleService.Clean(input.Horizon) is { } horizonText && !Vocabulary.TryParse(horizonText, out horizon))
            errors.Add(nameof(input.Horizon), $"Unknown horizon '{horizonText}'. Use {Vocabulary.Choices<GoalHorizon>()}.");
        var status = GoalStatus.Active;
        if (PeopleService.Clean(input.Status) is { } statusText && !Vocabulary.TryParse(statusText, out status))
            errors.Add(nameof(input.Status), $"Unknown status '{statusText}'. Use {Vocabulary.Choices<GoalStatus>()}.");
        var targetOn = InputParsing.Date(input.TargetOn, nameof(input.TargetOn), errors);

        var areas = NamedRows.CleanNames(input.Areas);
        NamedRows.CheckAreas(errors, nameof(input.Areas), areas, MaxAreasPerGoal);
        errors.ThrowIfAny();

        goal.Title = title!;
        goal.Description = description;
        goal.Horizon = horizon;
        goal.Status = status;
        goal.TargetOn = targetOn;
        goal.UpdatedAt = clock.UtcNow;

        var rows = await NamedRows.FindOrCreateAsync(db.Areas, areas, name => new Area { Name = name }, ct);
        NamedRows.SyncLinks(goal.Areas, rows, link => link.AreaId, area => new GoalArea { Area = area });
    }
}
