using System.Reflection;
using Kith.Core.Accounts;
using Kith.Core.Feed;
using Kith.Core.Import;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.Mentoring;
using Kith.Core.Networking;
using Kith.Core.Opportunities;
using Kith.Core.Pitch;
using Kith.Core.Plan;
using Kith.Core.People;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Data;

/// <summary>
/// The one provider-neutral model. Every account-scoped entity is filtered to the current account
/// by a global query filter and stamped with it on save, so isolation holds by construction.
/// Identity's users (and their logins, claims and tokens), invitations and data-protection keys
/// are not account rows: only sign-in and the admin pages reach them.
/// </summary>
public sealed class KithDbContext(DbContextOptions<KithDbContext> options)
    : IdentityUserContext<KithUser, int>(options)
{
    /// <summary>
    /// Whom this unit of work acts for, read at every query and save. The app's contexts come from
    /// <see cref="KithContextPool"/>, which sets it on every rent; a context made with <c>new</c>
    /// (tools, tests) gets it from its maker, and reads nothing without it.
    /// </summary>
    public ICurrentAccount? Account { get; set; }

    /// <summary>The account every query is scoped to; 0 (no rows) when none is set.</summary>
    public int CurrentAccountId => Account?.AccountId ?? 0;

    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonEmail> PersonEmails => Set<PersonEmail>();
    public DbSet<PersonPhone> PersonPhones => Set<PersonPhone>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<PersonTag> PersonTags => Set<PersonTag>();
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<PersonExpertise> PersonExpertise => Set<PersonExpertise>();
    public DbSet<PersonAddress> PersonAddresses => Set<PersonAddress>();
    public DbSet<Interaction> Interactions => Set<Interaction>();
    public DbSet<InteractionParticipant> InteractionParticipants => Set<InteractionParticipant>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<GoalArea> GoalAreas => Set<GoalArea>();
    public DbSet<GoalNote> GoalNotes => Set<GoalNote>();
    public DbSet<Mentorship> Mentorships => Set<Mentorship>();
    public DbSet<MentorshipArea> MentorshipAreas => Set<MentorshipArea>();
    public DbSet<MentorshipStatusChange> MentorshipStatusChanges => Set<MentorshipStatusChange>();
    public DbSet<MentorshipMeeting> MentorshipMeetings => Set<MentorshipMeeting>();
    public DbSet<MeetingProposal> MeetingProposals => Set<MeetingProposal>();
    public DbSet<MenteeCommitment> MenteeCommitments => Set<MenteeCommitment>();
    public DbSet<NetworkingInterest> NetworkingInterests => Set<NetworkingInterest>();
    public DbSet<NetworkingCommitment> NetworkingCommitments => Set<NetworkingCommitment>();
    public DbSet<WeeklyPlan> WeeklyPlans => Set<WeeklyPlan>();
    public DbSet<NetworkingSlot> NetworkingSlots => Set<NetworkingSlot>();
    public DbSet<SlotOccurrence> SlotOccurrences => Set<SlotOccurrence>();
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();
    public DbSet<OpportunityEvent> OpportunityEvents => Set<OpportunityEvent>();
    public DbSet<EventContact> EventContacts => Set<EventContact>();
    public DbSet<Introduction> Introductions => Set<Introduction>();
    public DbSet<PitchVersion> PitchVersions => Set<PitchVersion>();
    public DbSet<PitchPractice> PitchPractices => Set<PitchPractice>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();
    public DbSet<ImportUpload> ImportUploads => Set<ImportUpload>();
    public DbSet<ImportUploadChunk> ImportUploadChunks => Set<ImportUploadChunk>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KithDbContext).Assembly);

        var apply = typeof(KithDbContext).GetMethod(nameof(ApplyAccountFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(IAccountScoped).IsAssignableFrom(t.ClrType)))
            apply.MakeGenericMethod(entity.ClrType).Invoke(this, [builder]);
    }

    private void ApplyAccountFilter<T>(ModelBuilder modelBuilder) where T : class, IAccountScoped =>
        modelBuilder.Entity<T>().HasQueryFilter(e => e.AccountId == CurrentAccountId);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (!StampAccount())
            return base.SaveChanges(acceptAllChangesOnSuccess);
        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        AccountRow().ExecuteUpdate(s => s.SetProperty(a => a.DataVersion, a => a.DataVersion + 1));
        transaction?.Commit();
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!StampAccount())
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        // The version moves in the same transaction as the change: a view cached under the old
        // version can never outlive the data it was computed from.
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await MarkChangedAsync(cancellationToken);
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>
    /// Moves the account's <see cref="Account.DataVersion"/> on. SaveChanges does it by itself; bulk
    /// writes that bypass it (ExecuteUpdate, prepared INSERTs, restores) call this in their transaction.
    /// </summary>
    public async Task MarkChangedAsync(CancellationToken ct = default) =>
        await AccountRow().ExecuteUpdateAsync(s => s.SetProperty(a => a.DataVersion, a => a.DataVersion + 1), ct);

    /// <summary>The current account's version of its data; see <see cref="Account.DataVersion"/>.</summary>
    public Task<long> DataVersionAsync(CancellationToken ct = default) =>
        AccountRow().Select(a => a.DataVersion).FirstOrDefaultAsync(ct);

    private IQueryable<Account> AccountRow() => Accounts.Where(a => a.Id == CurrentAccountId);

    /// <summary>Stamps new rows with the current account; true when any of the account's rows changes.</summary>
    private bool StampAccount()
    {
        var changed = false;
        foreach (var entry in ChangeTracker.Entries<IAccountScoped>())
        {
            if (entry.State == EntityState.Added && entry.Entity.AccountId == 0)
                entry.Entity.AccountId = CurrentAccountId;
            // A context bound to no account reads nothing; only start-up uses one, to create an account's first rows.
            else if (entry.State == EntityState.Added && CurrentAccountId == 0)
                continue;
            else if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && entry.Entity.AccountId != CurrentAccountId)
                throw new InvalidOperationException("A row of another account cannot be written.");
            changed |= entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
        }
        return changed && CurrentAccountId != 0;
    }
}
