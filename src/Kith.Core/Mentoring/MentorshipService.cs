using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Mentoring;

/// <summary>Mentorships from candidate to ended, their meetings, and what I owe my mentors.</summary>
public sealed partial class MentorshipService(KithDbContext db, AccountClock clock, InteractionService interactions)
{
    public const int MaxAreasPerMentorship = 20;

    public async Task<MentorshipDetail> CreateAsync(MentorshipInput input, CancellationToken ct = default)
    {
        var today = await clock.TodayAsync(ct);
        var mentorship = new Mentorship { CreatedAt = clock.UtcNow, StatusSince = today, Status = MentorshipStatus.Candidate };
        await ApplyAsync(mentorship, input, isNew: true, ct);
        db.Mentorships.Add(mentorship);
        await db.SaveChangesAsync(ct);
        return await GetAsync(mentorship.Id, ct);
    }

    /// <summary>Replaces every field; a changed status is recorded in the history, dated today.</summary>
    public async Task<MentorshipDetail> UpdateAsync(int id, MentorshipInput input, CancellationToken ct = default)
    {
        var mentorship = await LoadForEditAsync(id, ct);
        await ApplyAsync(mentorship, input, isNew: false, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Moves a mentorship along candidate → asked → active → paused → ended, with a date and a note.</summary>
    public async Task<MentorshipDetail> ChangeStatusAsync(int id, StatusChangeInput input, CancellationToken ct = default)
    {
        var mentorship = await LoadForEditAsync(id, ct);
        var errors = new ValidationErrors();
        var today = await clock.TodayAsync(ct);
        var status = ParseStatus(input.Status, nameof(input.Status), errors, required: true);
        var on = InputParsing.Date(input.On, nameof(input.On), errors) ?? today;
        if (on > today)
            errors.Add(nameof(input.On), $"{on:yyyy-MM-dd} is in the future; record a change once it has happened.");
        else if (on < mentorship.StatusSince)
            errors.Add(nameof(input.On), $"The mentorship has been {Vocabulary.Token(mentorship.Status)} since {mentorship.StatusSince:yyyy-MM-dd}; a change cannot come before that.");
        var note = PeopleService.Clean(input.Note);
        if (note?.Length > 1_000)
            errors.Add(nameof(input.Note), "Keep the note under 1,000 characters.");
        var person = mentorship.PersonId is { } personId ? await db.People.FirstOrDefaultAsync(p => p.Id == personId, ct) : null;
        if (status is { } s)
            await CheckStatusAsync(mentorship, person, s, nameof(input.Status), errors, ct);
        errors.ThrowIfAny();

        SetStatus(mentorship, status!.Value, on, note, person);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Removes a mentorship and its history. Ending it (status "ended") keeps the history instead.</summary>
    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var mentorship = await db.Mentorships.FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException("Mentorship", id);
        db.Mentorships.Remove(mentorship);
        await db.SaveChangesAsync(ct);
    }

    public async Task<MentorshipDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var m = await db.Mentorships.AsNoTracking()
            .Include(x => x.Person)
            .Include(x => x.Areas).ThenInclude(a => a.Area)
            .Include(x => x.History)
            .Include(x => x.Meetings).ThenInclude(x => x.Proposals)
            .Include(x => x.Commitments)
            .AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("Mentorship", id);
        var zone = await clock.ZoneAsync(ct);
        var today = LocalTime.DayOf(clock.UtcNow, zone);
        var name = NameOf(m.Person?.FirstName, m.Person?.LastName, m.Seeking);
        var summary = ToSummary(m.Id, m.PersonId, name, m.Seeking, m.Kind, m.Status, m.StatusSince,
            m.Areas.Select(a => a.Area.Name), m.AskOn, m.MeetEvery, m.MeetUnit, m.LastMetOn, m.NextMeetingDueOn, today);
        var commitments = m.Commitments
            .OrderBy(c => c.DoneOn != null).ThenBy(c => c.DueOn ?? DateOnly.MaxValue).ThenBy(c => c.Id)
            .Select(c => ToView(c, m.PersonId, name, today)).ToList();
        var chain = await BossRule.LoadAsync(db, ct);
        var conflict = m.IsCurrent ? BossRule.Explain(chain.RelationOf(m.PersonId), name) : null;
        return new MentorshipDetail(summary, m.Expectations, m.MeetEvery, m.MeetUnit,
            m.History.OrderBy(h => h.On).ThenBy(h => h.Id).Select(h => new StatusChangeView(h.Status, h.On, h.Note)).ToList(),
            m.Meetings.OrderByDescending(x => x.StartsAt ?? x.Proposals.Select(p => (DateTime?)p.StartsAt).Min() ?? x.CreatedAt).ThenByDescending(x => x.Id)
                .Select(x => ToView(x, m.PersonId, name, zone)).ToList(),
            commitments,
            ResponseTimes.Summarize(m.Commitments.Select(c => (c.AskedOn, c.DueOn, c.DoneOn)), today),
            conflict);
    }

    /// <summary>Current mentorships (not ended) by default; active first, then by name.</summary>
    public async Task<Page<MentorshipSummary>> ListAsync(MentorshipQuery query, CancellationToken ct = default)
    {
        var paging = Paging.Of(query.Page, query.PageSize);
        IQueryable<Mentorship> q = db.Mentorships.AsNoTracking();
        q = (PeopleService.Clean(query.Status)?.ToLowerInvariant() ?? "current") switch
        {
            "current" => q.Where(m => m.Status != MentorshipStatus.Ended),
            "ended" => q.Where(m => m.Status == MentorshipStatus.Ended),
            "all" => q,
            var other when Vocabulary.TryParse<MentorshipStatus>(other, out var s) => q.Where(m => m.Status == s),
            _ => throw ValidationFailedException.For(nameof(query.Status), $"Unknown status '{query.Status}'. Use current, ended, all, or one of: {Vocabulary.Choices<MentorshipStatus>()}."),
        };
        if (query.PersonId is { } personId) q = q.Where(m => m.PersonId == personId);

        var total = await q.CountAsync(ct);
        var rows = await q
            .OrderBy(m => m.Status == MentorshipStatus.Active ? 0 : m.Status == MentorshipStatus.Ended ? 2 : 1)
            .ThenBy(m => m.Person != null ? m.Person.SortKey : m.Seeking).ThenBy(m => m.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(m => new
            {
                m.Id, m.PersonId, FirstName = (string?)m.Person!.FirstName, LastName = (string?)m.Person.LastName, m.Seeking, m.Kind, m.Status, m.StatusSince,
                m.AskOn, m.MeetEvery, m.MeetUnit, m.LastMetOn, m.NextMeetingDueOn,
            })
            .ToListAsync(ct);
        var areas = await AreasOfAsync(rows.Select(r => r.Id).ToList(), ct);
        var today = await clock.TodayAsync(ct);
        var items = rows.Select(r => ToSummary(r.Id, r.PersonId, NameOf(r.FirstName, r.LastName, r.Seeking), r.Seeking, r.Kind, r.Status, r.StatusSince,
            areas[r.Id], r.AskOn, r.MeetEvery, r.MeetUnit, r.LastMetOn, r.NextMeetingDueOn, today)).ToList();
        return new Page<MentorshipSummary>(items, paging.PageNumber, paging.PageSize, total);
    }

    internal async Task<ILookup<int, string>> AreasOfAsync(List<int> mentorshipIds, CancellationToken ct) =>
        (await db.MentorshipAreas.Where(a => mentorshipIds.Contains(a.MentorshipId))
            .Select(a => new { a.MentorshipId, a.Area.Name }).ToListAsync(ct))
        .ToLookup(a => a.MentorshipId, a => a.Name);

    private async Task<Mentorship> LoadForEditAsync(int id, CancellationToken ct) =>
        await db.Mentorships.Include(m => m.Areas).FirstOrDefaultAsync(m => m.Id == id, ct)
        ?? throw new NotFoundException("Mentorship", id);

    private async Task ApplyAsync(Mentorship mentorship, MentorshipInput input, bool isNew, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        Person? person = null;
        if (input.PersonId is { } personId)
        {
            person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, ct);
            if (person is null)
                errors.Add(nameof(input.PersonId), $"There is no person with id {personId}.");
            else if (person.IsMe)
                errors.Add(nameof(input.PersonId), "You cannot be your own mentor; choose someone else.");
        }
        var seeking = PeopleService.Clean(input.Seeking);
        if (input.PersonId is null && seeking is null)
            errors.Add(nameof(input.PersonId), "Choose a person, or describe whom you are looking for (\"someone who has led a reorganisation\").");
        if (seeking?.Length > 200)
            errors.Add(nameof(input.Seeking), $"Keep this under 200 characters (it has {seeking.Length}).");

        var kind = MentorKind.BoardMember;
        if (PeopleService.Clean(input.Kind) is { } kindText && !Vocabulary.TryParse(kindText, out kind))
            errors.Add(nameof(input.Kind), $"Unknown kind '{kindText}'. Use one of: {Vocabulary.Choices<MentorKind>()}.");
        var status = ParseStatus(input.Status, nameof(input.Status), errors, required: false) ?? mentorship.Status;
        var askOn = InputParsing.Date(input.AskOn, nameof(input.AskOn), errors);
        var expectations = PeopleService.Clean(input.Expectations);
        if (expectations?.Length > 4_000)
            errors.Add(nameof(input.Expectations), "Keep the expectations under 4,000 characters.");

        var unit = CadenceUnit.Weeks;
        if (PeopleService.Clean(input.MeetUnit) is { } unitText && !Vocabulary.TryParse(unitText, out unit))
            errors.Add(nameof(input.MeetUnit), $"Unknown unit '{unitText}'. Use days, weeks or months.");
        if (input.MeetEvery is { } every && (every < 1 || every > (unit switch { CadenceUnit.Days => 730, CadenceUnit.Weeks => 104, _ => 24 })))
            errors.Add(nameof(input.MeetEvery), "Meet at least once every two years, and at most daily.");

        var areas = NamedRows.CleanNames(input.Areas);
        NamedRows.CheckAreas(errors, nameof(input.Areas), areas, MaxAreasPerMentorship);

        // The boss rule applies whenever a person is (re)chosen or the mentorship is (re)opened.
        var personChanged = isNew || input.PersonId != mentorship.PersonId;
        var reopened = status != mentorship.Status && status != MentorshipStatus.Ended;
        if (person is not null && !person.IsMe && (personChanged || reopened))
            await CheckBossRuleAsync(person, nameof(input.PersonId), errors, ct);
        if (status != MentorshipStatus.Candidate && status != MentorshipStatus.Ended && input.PersonId is null)
            errors.Add(nameof(input.Status), $"Choose who the mentor is before marking the mentorship {Vocabulary.Token(status)}.");
        errors.ThrowIfAny();

        mentorship.PersonId = person?.Id;
        mentorship.Seeking = seeking;
        mentorship.Kind = kind;
        mentorship.AskOn = askOn;
        mentorship.Expectations = expectations;
        mentorship.MeetEvery = input.MeetEvery;
        mentorship.MeetUnit = unit;
        var today = await clock.TodayAsync(ct);
        if (isNew || status != mentorship.Status)
            SetStatus(mentorship, status, today, null, person);
        mentorship.RecomputeNextMeeting();
        mentorship.UpdatedAt = clock.UtcNow;

        var rows = await NamedRows.FindOrCreateAsync(db.Areas, areas, name => new Area { Name = name }, ct);
        NamedRows.SyncLinks(mentorship.Areas, rows, link => link.AreaId, area => new MentorshipArea { Area = area });
    }

    private void SetStatus(Mentorship mentorship, MentorshipStatus status, DateOnly on, string? note, Person? person)
    {
        mentorship.Status = status;
        mentorship.StatusSince = on;
        mentorship.History.Add(new MentorshipStatusChange { Status = status, On = on, Note = note });
        // An active mentor is a mentor everywhere: the agenda weighs them and the people list can filter them.
        if (status == MentorshipStatus.Active && person is not null)
            person.Roles |= PersonRoles.Mentor;
        mentorship.RecomputeNextMeeting();
        mentorship.UpdatedAt = clock.UtcNow;
    }

    private async Task CheckStatusAsync(Mentorship mentorship, Person? person, MentorshipStatus status, string field, ValidationErrors errors, CancellationToken ct)
    {
        if (status == mentorship.Status)
        {
            errors.Add(field, $"The mentorship is already {Vocabulary.Token(status)}.");
            return;
        }
        if (status != MentorshipStatus.Candidate && status != MentorshipStatus.Ended && person is null)
        {
            errors.Add(field, $"Choose who the mentor is before marking the mentorship {Vocabulary.Token(status)}.");
            return;
        }
        if (status != MentorshipStatus.Ended && person is not null)
            await CheckBossRuleAsync(person, field, errors, ct);
    }

    private async Task CheckBossRuleAsync(Person person, string field, ValidationErrors errors, CancellationToken ct)
    {
        var chain = await BossRule.LoadAsync(db, ct);
        if (BossRule.Explain(chain.RelationOf(person.Id), person.DisplayName) is { } why)
            errors.Add(field, why);
    }

    private static MentorshipStatus? ParseStatus(string? text, string field, ValidationErrors errors, bool required)
    {
        if (PeopleService.Clean(text) is not { } t)
        {
            if (required) errors.Add(field, $"Choose a status: {Vocabulary.Choices<MentorshipStatus>()}.");
            return null;
        }
        if (Vocabulary.TryParse<MentorshipStatus>(t, out var status)) return status;
        errors.Add(field, $"Unknown status '{t}'. Use one of: {Vocabulary.Choices<MentorshipStatus>()}.");
        return null;
    }

    internal static string NameOf(string? firstName, string? lastName, string? seeking) =>
        firstName is not null ? PeopleService.Name(firstName, lastName)
        : seeking is not null ? (seeking.StartsWith("someone", StringComparison.OrdinalIgnoreCase) ? seeking : $"someone who {seeking}")
        : "someone (not chosen yet)";

    internal static MentorshipSummary ToSummary(int id, int? personId, string name, string? seeking, MentorKind kind, MentorshipStatus status,
        DateOnly since, IEnumerable<string> areas, DateOnly? askOn, int? meetEvery, CadenceUnit meetUnit, DateOnly? lastMetOn, DateOnly? nextDue, DateOnly today) =>
        new(id, personId, name, seeking, kind, status, since, areas.Order(StringComparer.OrdinalIgnoreCase).ToList(), askOn,
            meetEvery is { } e ? new Cadence(e, e, meetUnit).Describe() : null,
            lastMetOn, nextDue, status == MentorshipStatus.Active && nextDue is { } due && due < today);
}
