using Kith.Core.Common;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Mentoring;

/// <summary>Being a good mentee: what my mentors asked of me and what I promised, and how quickly I deliver.</summary>
public sealed partial class MentorshipService
{
    public async Task<CommitmentView> AddCommitmentAsync(int mentorshipId, CommitmentInput input, CancellationToken ct = default)
    {
        var mentorship = await db.Mentorships.Include(m => m.Person).FirstOrDefaultAsync(m => m.Id == mentorshipId, ct)
            ?? throw new NotFoundException("Mentorship", mentorshipId);
        var today = await clock.TodayAsync(ct);
        var errors = new ValidationErrors();
        var kind = CommitmentKind.Commitment;
        if (PeopleService.Clean(input.Kind) is { } kindText && !Vocabulary.TryParse(kindText, out kind))
            errors.Add(nameof(input.Kind), $"Unknown kind '{kindText}'. Use request (your mentor asked) or commitment (you promised).");
        var description = PeopleService.Clean(input.Description);
        if (description is null)
            errors.Add(nameof(input.Description), "Say what was asked or promised, e.g. \"send Ana my draft talk\".");
        else if (description.Length > 500)
            errors.Add(nameof(input.Description), $"Keep it under 500 characters (it has {description.Length}).");
        var askedOn = InputParsing.Date(input.AskedOn, nameof(input.AskedOn), errors) ?? today;
        if (askedOn > today)
            errors.Add(nameof(input.AskedOn), $"{askedOn:yyyy-MM-dd} is in the future; enter the day it was asked or promised.");
        var dueOn = InputParsing.Date(input.DueOn, nameof(input.DueOn), errors);
        if (dueOn is { } due && due < askedOn)
            errors.Add(nameof(input.DueOn), $"The due date comes before the day it was asked ({askedOn:yyyy-MM-dd}).");
        errors.ThrowIfAny();

        var commitment = new MenteeCommitment
        {
            MentorshipId = mentorship.Id, Kind = kind, Description = description!, AskedOn = askedOn, DueOn = dueOn, CreatedAt = clock.UtcNow,
        };
        db.MenteeCommitments.Add(commitment);
        await db.SaveChangesAsync(ct);
        return ToView(commitment, mentorship.PersonId, NameOf(mentorship.Person?.FirstName, mentorship.Person?.LastName, mentorship.Seeking), today);
    }

    /// <summary>Marks it done (on a day, default today) or open again.</summary>
    public async Task<CommitmentView> SetCommitmentDoneAsync(int id, bool done, string? on = null, CancellationToken ct = default)
    {
        var commitment = await db.MenteeCommitments.Include(c => c.Mentorship).ThenInclude(m => m.Person)
            .FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("Commitment", id);
        var today = await clock.TodayAsync(ct);
        var errors = new ValidationErrors();
        var doneOn = InputParsing.Date(on, "On", errors) ?? today;
        if (done && doneOn > today)
            errors.Add("On", $"{doneOn:yyyy-MM-dd} is in the future.");
        else if (done && doneOn < commitment.AskedOn)
            errors.Add("On", $"It was asked on {commitment.AskedOn:yyyy-MM-dd}; it cannot be done before that.");
        errors.ThrowIfAny();

        commitment.DoneOn = done ? commitment.DoneOn ?? doneOn : null;
        await db.SaveChangesAsync(ct);
        var m = commitment.Mentorship;
        return ToView(commitment, m.PersonId, NameOf(m.Person?.FirstName, m.Person?.LastName, m.Seeking), today);
    }

    public async Task DeleteCommitmentAsync(int id, CancellationToken ct = default)
    {
        var commitment = await db.MenteeCommitments.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("Commitment", id);
        db.MenteeCommitments.Remove(commitment);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Open ones first, soonest due first (those without a due date last).</summary>
    public async Task<Page<CommitmentView>> ListCommitmentsAsync(CommitmentQuery query, CancellationToken ct = default)
    {
        var paging = Paging.Of(query.Page, query.PageSize);
        IQueryable<MenteeCommitment> q = db.MenteeCommitments.AsNoTracking();
        if (query.MentorshipId is { } mentorshipId)
        {
            if (!await db.Mentorships.AnyAsync(m => m.Id == mentorshipId, ct)) throw new NotFoundException("Mentorship", mentorshipId);
            q = q.Where(c => c.MentorshipId == mentorshipId);
        }
        q = (PeopleService.Clean(query.Status)?.ToLowerInvariant() ?? "open") switch
        {
            "open" => q.Where(c => c.DoneOn == null),
            "done" => q.Where(c => c.DoneOn != null),
            "all" => q,
            _ => throw ValidationFailedException.For(nameof(query.Status), $"Unknown status '{query.Status}'. Use open, done or all."),
        };
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(c => c.DoneOn != null).ThenBy(c => c.DueOn == null).ThenBy(c => c.DueOn).ThenBy(c => c.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(c => new
            {
                Commitment = c, c.Mentorship.PersonId, FirstName = (string?)c.Mentorship.Person!.FirstName,
                LastName = (string?)c.Mentorship.Person.LastName, c.Mentorship.Seeking,
            })
            .ToListAsync(ct);
        var today = await clock.TodayAsync(ct);
        var items = rows.Select(r => ToView(r.Commitment, r.PersonId, NameOf(r.FirstName, r.LastName, r.Seeking), today)).ToList();
        return new Page<CommitmentView>(items, paging.PageNumber, paging.PageSize, total);
    }

    /// <summary>My response times across all mentorships (or one).</summary>
    public async Task<ResponseSummary> ResponsesAsync(int? mentorshipId = null, CancellationToken ct = default)
    {
        IQueryable<MenteeCommitment> q = db.MenteeCommitments.AsNoTracking();
        if (mentorshipId is { } id) q = q.Where(c => c.MentorshipId == id);
        var rows = await q.Select(c => new { c.AskedOn, c.DueOn, c.DoneOn }).ToListAsync(ct);
        return ResponseTimes.Summarize(rows.Select(r => (r.AskedOn, r.DueOn, r.DoneOn)), await clock.TodayAsync(ct));
    }

    internal static CommitmentView ToView(MenteeCommitment c, int? personId, string mentorName, DateOnly today) =>
        new(c.Id, c.MentorshipId, personId, mentorName, c.Kind, c.Description, c.AskedOn, c.DueOn, c.DoneOn,
            c.DoneOn is null && c.DueOn is { } due && due < today,
            c.DoneOn is { } done ? Math.Max(0, done.DayNumber - c.AskedOn.DayNumber) : null);
}
