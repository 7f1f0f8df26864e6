using System.Linq.Expressions;
using Kith.Core.Accounts;
using Kith.Core.Data;
using Kith.Core.Feed;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.Mentoring;
using Kith.Core.Networking;
using Kith.Core.Opportunities;
using Kith.Core.People;
using Kith.Core.Pitch;
using Kith.Core.Plan;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Backup;

/// <summary>
/// One section of the document: the table it holds, the row record it is written as, and the
/// columns deliberately left out with the reason. The guard test holds this list to the EF model,
/// so a column added to an entity cannot be forgotten here.
/// </summary>
internal abstract record BackupTable(string Section, Type Entity, Type Row, bool IsSetting, IReadOnlyDictionary<string, string> NotStored)
{
    /// <summary>Rows of the current account that make it non-empty (settings never do).</summary>
    public abstract Task<int> CountAsync(KithDbContext db, CancellationToken ct);
}

internal sealed record BackupTable<TEntity>(string Section, Type Row, bool IsSetting, IReadOnlyDictionary<string, string> NotStored, Expression<Func<TEntity, bool>>? Counted)
    : BackupTable(Section, typeof(TEntity), Row, IsSetting, NotStored) where TEntity : class
{
    public override Task<int> CountAsync(KithDbContext db, CancellationToken ct) =>
        IsSetting ? Task.FromResult(0) : Counted is null ? db.Set<TEntity>().CountAsync(ct) : db.Set<TEntity>().CountAsync(Counted, ct);
}

internal static class BackupTables
{
    /// <summary>Every table, in document order: a row only ever refers to rows of earlier sections (or, for reports-to, its own).</summary>
    public static readonly IReadOnlyList<BackupTable> All =
    [
        Setting<Account, AccountRow>("account",
            ("Id", "the account restored into keeps its own"), ("Name", "the account restored into keeps its own"),
            ("CreatedAt", "the account restored into keeps its own"),
            ("DataVersion", "a change counter for cached views; a restore moves it on")),
        Data<Tag, TagRow>("tags", ("NameKey", "derived: the name lower-cased")),
        Data<Area, AreaRow>("areas", ("NameKey", "derived: the name lower-cased")),
        // "Me" is always there; only other people make an account non-empty.
        Data<Person, PersonRow>("people", p => !p.IsMe,
            ("SearchText", "derived from names and e-mails; recomputed"), ("SortKey", "derived from the name; recomputed"),
            ("RankSlope", "derived from the cadence, roles and last contact; recomputed"),
            ("RankOffset", "derived from the cadence, roles and last contact; recomputed"),
            ("PreviousInteractionAt", "derived from the interactions; recomputed"),
            ("DepartmentKey", "derived from the department; recomputed")),
        Data<PersonEmail, PersonEmailRow>("personEmails"),
        Data<PersonPhone, PersonPhoneRow>("personPhones"),
        Data<PersonAddress, PersonAddressRow>("personAddresses"),
        Data<PersonTag, PersonTagRow>("personTags"),
        Data<PersonExpertise, PersonExpertiseRow>("personExpertise"),
        Data<Interaction, InteractionRow>("interactions"),
        Data<InteractionParticipant, InteractionParticipantRow>("interactionParticipants", ("OccurredAt", "copied from the interaction")),
        Data<FollowUp, FollowUpRow>("followUps"),
        Data<Goal, GoalRow>("goals"),
        Data<GoalArea, GoalAreaRow>("goalAreas"),
        Data<GoalNote, GoalNoteRow>("goalNotes"),
        Data<Mentorship, MentorshipRow>("mentorships"),
        Data<MentorshipArea, MentorshipAreaRow>("mentorshipAreas"),
        Data<MentorshipStatusChange, MentorshipStatusChangeRow>("mentorshipStatusChanges"),
        Data<MentorshipMeeting, MentorshipMeetingRow>("mentorshipMeetings"),
        Data<MeetingProposal, MeetingProposalRow>("meetingProposals"),
        Data<MenteeCommitment, MenteeCommitmentRow>("menteeCommitments"),
        Data<NetworkingInterest, NetworkingInterestRow>("networkingInterests"),
        Data<NetworkingCommitment, NetworkingCommitmentRow>("networkingCommitments"),
        Data<WeeklyPlan, WeeklyPlanRow>("weeklyPlan"),
        Data<NetworkingSlot, NetworkingSlotRow>("networkingSlots"),
        Data<SlotOccurrence, SlotOccurrenceRow>("slotOccurrences"),
        Data<Opportunity, OpportunityRow>("opportunities"),
        Data<OpportunityEvent, OpportunityEventRow>("opportunityEvents"),
        Data<EventContact, EventContactRow>("eventContacts"),
        Data<Introduction, IntroductionRow>("introductions"),
        Data<PitchVersion, PitchVersionRow>("pitchVersions"),
        Data<PitchPractice, PitchPracticeRow>("pitchPractices"),
        // Opening the calendar page creates the feed; that must not make a new account "not empty".
        Setting<CalendarFeed, CalendarFeedRow>("calendarFeed"),
    ];

    /// <summary>
    /// Tables that are not an account's data and so never in its backup, with the reason; the guard
    /// test holds every other entity of the model to <see cref="All"/>.
    /// </summary>
    public static readonly IReadOnlyDictionary<Type, string> NotBackedUp = new Dictionary<Type, string>
    {
        [typeof(KithUser)] = "who signs in is the server's business; a backup restores into whichever account imports it",
        [typeof(Microsoft.AspNetCore.Identity.IdentityUserClaim<int>)] = "part of the sign-in user",
        [typeof(Microsoft.AspNetCore.Identity.IdentityUserLogin<int>)] = "part of the sign-in user",
        [typeof(Microsoft.AspNetCore.Identity.IdentityUserToken<int>)] = "part of the sign-in user",
        [typeof(Invitation)] = "the server's invitations, not an account's data",
        [typeof(ApiToken)] = "secrets that let a program act as the user; a restored account makes new ones",
        [typeof(DataProtectionKeyRow)] = "the server's cookie and antiforgery keys",
        [typeof(Import.ImportUpload)] = "files waiting to be imported, kept for a day",
        [typeof(Import.ImportUploadChunk)] = "files waiting to be imported, kept for a day",
    };

    /// <summary>The index of a section in document order, or -1.</summary>
    public static int IndexOf(string section)
    {
        for (var i = 0; i < All.Count; i++)
            if (All[i].Section == section) return i;
        return -1;
    }

    // Every row belongs to the account restored into, so AccountId is never written.
    private static Dictionary<string, string> Reasons<TEntity>((string Column, string Why)[] notStored) =>
        (typeof(IAccountScoped).IsAssignableFrom(typeof(TEntity)) ? notStored.Append(("AccountId", "the account restored into")) : notStored)
            .ToDictionary(n => n.Item1, n => n.Item2);

    private static BackupTable<TEntity> Data<TEntity, TRow>(string section, params (string, string)[] notStored) where TEntity : class =>
        new(section, typeof(TRow), false, Reasons<TEntity>(notStored), null);

    private static BackupTable<TEntity> Data<TEntity, TRow>(string section, Expression<Func<TEntity, bool>> counted, params (string, string)[] notStored) where TEntity : class =>
        new(section, typeof(TRow), false, Reasons<TEntity>(notStored), counted);

    private static BackupTable<TEntity> Setting<TEntity, TRow>(string section, params (string, string)[] notStored) where TEntity : class =>
        new(section, typeof(TRow), true, Reasons<TEntity>(notStored), null);
}
