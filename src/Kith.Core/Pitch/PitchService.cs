using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Pitch;

/// <summary>Audience: everyday, event or job-search.</summary>
public sealed record PitchInput(string? Audience, string? Text);

/// <summary>PractisedOn defaults to today; DurationSeconds from the timer; Rating 1–5.</summary>
public sealed record PracticeInput(int? DurationSeconds, int? Rating, string? PractisedOn = null, string? Notes = null);

public sealed record PracticeView(int Id, DateOnly PractisedOn, int DurationSeconds, int Rating, string? Notes);

public sealed record PitchView(
    int Id,
    PitchAudience Audience,
    string Text,
    int Words,
    int SpeakingSeconds,
    string? Warning,
    DateTime UpdatedAt,
    int Practices,
    double? AverageRating,
    IReadOnlyList<PracticeView> RecentPractices);

/// <summary>My introduction, one version per audience, with a log of practice.</summary>
public sealed class PitchService(KithDbContext db, AccountClock clock)
{
    public const int MaxWords = 1_000;

    public async Task<IReadOnlyList<PitchView>> ListAsync(CancellationToken ct = default)
    {
        var pitches = await db.PitchVersions.AsNoTracking().OrderBy(p => p.Audience).ToListAsync(ct);
        var ids = pitches.Select(p => p.Id).ToList();
        var practices = (await db.PitchPractices.AsNoTracking().Where(p => ids.Contains(p.PitchId)).ToListAsync(ct)).ToLookup(p => p.PitchId);
        return pitches.Select(p => ToView(p, practices[p.Id].ToList())).ToList();
    }

    public async Task<PitchView> GetAsync(int id, CancellationToken ct = default)
    {
        var pitch = await db.PitchVersions.AsNoTracking().Include(p => p.Practices).FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("Pitch", id);
        return ToView(pitch, pitch.Practices);
    }

    /// <summary>Writes the version for an audience, replacing the one there was.</summary>
    public async Task<PitchView> SaveAsync(PitchInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        PitchAudience audience = default;
        if (PeopleService.Clean(input.Audience) is not { } audienceText)
            errors.Add(nameof(input.Audience), "Choose whom this version is for: everyday, event or job-search.");
        else if (!Vocabulary.TryParse(audienceText, out audience))
            errors.Add(nameof(input.Audience), $"Unknown audience '{audienceText}'. Use one of: {Vocabulary.Choices<PitchAudience>()}.");
        var text = input.Text?.Trim();
        if (string.IsNullOrEmpty(text))
            errors.Add(nameof(input.Text), "Write what you would say: who you are, what you do now, and what you are looking for.");
        else if (PitchRules.WordCount(text) > MaxWords || text.Length > 10_000)
            errors.Add(nameof(input.Text), $"Keep it under {MaxWords} words; a pitch is said in a minute.");
        errors.ThrowIfAny();

        var pitch = await db.PitchVersions.Include(p => p.Practices).FirstOrDefaultAsync(p => p.Audience == audience, ct);
        if (pitch is null) db.PitchVersions.Add(pitch = new PitchVersion { Audience = audience, Text = "", CreatedAt = clock.UtcNow });
        pitch.Text = text!;
        pitch.UpdatedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return ToView(pitch, pitch.Practices);
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var pitch = await db.PitchVersions.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("Pitch", id);
        db.PitchVersions.Remove(pitch);
        await db.SaveChangesAsync(ct);
    }

    public async Task<PitchView> AddPracticeAsync(int pitchId, PracticeInput input, CancellationToken ct = default)
    {
        var pitch = await db.PitchVersions.Include(p => p.Practices).FirstOrDefaultAsync(p => p.Id == pitchId, ct)
            ?? throw new NotFoundException("Pitch", pitchId);
        var errors = new ValidationErrors();
        var today = await clock.TodayAsync(ct);
        if (input.DurationSeconds is not { } seconds)
            errors.Add(nameof(input.DurationSeconds), "Say how long it took, in seconds (the timer on the page fills this in).");
        else if (seconds is < 1 or > 3_600)
            errors.Add(nameof(input.DurationSeconds), "A practice run lasts between 1 second and an hour.");
        if (input.Rating is not { } rating)
            errors.Add(nameof(input.Rating), "Rate how it went, from 1 (rough) to 5 (smooth).");
        else if (rating is < 1 or > 5)
            errors.Add(nameof(input.Rating), "Rate from 1 (rough) to 5 (smooth).");
        var on = InputParsing.Date(input.PractisedOn, nameof(input.PractisedOn), errors) ?? today;
        if (on > today)
            errors.Add(nameof(input.PractisedOn), $"{on:yyyy-MM-dd} is in the future.");
        var notes = PeopleService.Clean(input.Notes);
        if (notes?.Length > 2_000)
            errors.Add(nameof(input.Notes), "Keep notes under 2,000 characters.");
        errors.ThrowIfAny();

        pitch.Practices.Add(new PitchPractice
        {
            PractisedOn = on, DurationSeconds = input.DurationSeconds!.Value, Rating = input.Rating!.Value, Notes = notes, CreatedAt = clock.UtcNow,
        });
        await db.SaveChangesAsync(ct);
        return ToView(pitch, pitch.Practices);
    }

    public async Task DeletePracticeAsync(int pitchId, int practiceId, CancellationToken ct = default)
    {
        var practice = await db.PitchPractices.FirstOrDefaultAsync(p => p.Id == practiceId && p.PitchId == pitchId, ct)
            ?? throw new NotFoundException("Practice", practiceId);
        db.PitchPractices.Remove(practice);
        await db.SaveChangesAsync(ct);
    }

    private static PitchView ToView(PitchVersion p, List<PitchPractice> practices)
    {
        var words = PitchRules.WordCount(p.Text);
        return new PitchView(p.Id, p.Audience, p.Text, words, PitchRules.SpeakingSeconds(words), PitchRules.Warning(words), p.UpdatedAt,
            practices.Count, practices.Count == 0 ? null : Math.Round(practices.Average(x => x.Rating), 1),
            practices.OrderByDescending(x => x.PractisedOn).ThenByDescending(x => x.Id).Take(10)
                .Select(x => new PracticeView(x.Id, x.PractisedOn, x.DurationSeconds, x.Rating, x.Notes)).ToList());
    }
}
