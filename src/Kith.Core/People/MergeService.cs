namespace Kith.Core.People;

/// <summary>Finding people recorded twice, and merging two into one without losing anything of either.</summary>
public sealed class MergeService
{
    /// <summary>Groups of people who look like the same person: same e-mail, LinkedIn address or phone, or a similar name at the same organisation.</summary>
    public Task<IReadOnlyList<DuplicateGroup>> FindDuplicatesAsync(CancellationToken ct = default) => throw new NotImplementedException();

    /// <summary>
    /// Moves everything of <paramref name="otherId"/> (interactions, follow-ups, mentorships, tags, areas,
    /// e-mails, phones, addresses, events, introductions, plan weeks, reports) onto <paramref name="keepId"/>,
    /// fills the fields <paramref name="keepId"/> lacks, then deletes <paramref name="otherId"/>. One transaction.
    /// </summary>
    public Task<PersonDetail> MergeAsync(int keepId, int otherId, CancellationToken ct = default) => throw new NotImplementedException();
}

/// <summary>People who look like the same person, and why.</summary>
public sealed record DuplicateGroup(IReadOnlyList<PersonRef> People, string Reason);
