using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.Mentoring;
using Kith.Core.Networking;
using Kith.Core.Opportunities;
using Kith.Core.People;
using Kith.Core.Pitch;
using Kith.Core.Plan;

namespace Kith.Core.Backup;

/// <summary>
/// Source-generated serialization for the backup rows: camelCase names, nulls left out, and strict
/// on the way back in (an unknown property, a missing required one or a null where none is allowed
/// is an error, not a silent loss).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [
        typeof(DayConverter), typeof(TimeOfDayConverter), typeof(UtcInstantConverter),
        typeof(TokenEnumConverter<RelativeLevel>), typeof(TokenEnumConverter<EmployerRelation>), typeof(TokenEnumConverter<PersonRoles>),
        typeof(TokenEnumConverter<CadenceUnit>), typeof(TokenEnumConverter<InteractionKind>), typeof(TokenEnumConverter<Exchange>),
        typeof(TokenEnumConverter<GoalHorizon>), typeof(TokenEnumConverter<GoalStatus>), typeof(TokenEnumConverter<MentorKind>),
        typeof(TokenEnumConverter<MentorshipStatus>), typeof(TokenEnumConverter<MeetingStatus>), typeof(TokenEnumConverter<CommitmentKind>),
        typeof(TokenEnumConverter<NetworkingWay>), typeof(TokenEnumConverter<DayOfWeek>), typeof(TokenEnumConverter<SlotStatus>),
        typeof(TokenEnumConverter<OpportunityKind>), typeof(TokenEnumConverter<IntroductionStatus>), typeof(TokenEnumConverter<PitchAudience>),
    ])]
[JsonSerializable(typeof(AccountRow))]
[JsonSerializable(typeof(TagRow))]
[JsonSerializable(typeof(AreaRow))]
[JsonSerializable(typeof(PersonRow))]
[JsonSerializable(typeof(PersonEmailRow))]
[JsonSerializable(typeof(PersonPhoneRow))]
[JsonSerializable(typeof(PersonAddressRow))]
[JsonSerializable(typeof(PersonTagRow))]
[JsonSerializable(typeof(PersonExpertiseRow))]
[JsonSerializable(typeof(InteractionRow))]
[JsonSerializable(typeof(InteractionParticipantRow))]
[JsonSerializable(typeof(FollowUpRow))]
[JsonSerializable(typeof(GoalRow))]
[JsonSerializable(typeof(GoalAreaRow))]
[JsonSerializable(typeof(GoalNoteRow))]
[JsonSerializable(typeof(MentorshipRow))]
[JsonSerializable(typeof(MentorshipAreaRow))]
[JsonSerializable(typeof(MentorshipStatusChangeRow))]
[JsonSerializable(typeof(MentorshipMeetingRow))]
[JsonSerializable(typeof(MeetingProposalRow))]
[JsonSerializable(typeof(MenteeCommitmentRow))]
[JsonSerializable(typeof(NetworkingInterestRow))]
[JsonSerializable(typeof(NetworkingCommitmentRow))]
[JsonSerializable(typeof(WeeklyPlanRow))]
[JsonSerializable(typeof(NetworkingSlotRow))]
[JsonSerializable(typeof(SlotOccurrenceRow))]
[JsonSerializable(typeof(OpportunityRow))]
[JsonSerializable(typeof(OpportunityEventRow))]
[JsonSerializable(typeof(EventContactRow))]
[JsonSerializable(typeof(IntroductionRow))]
[JsonSerializable(typeof(PitchVersionRow))]
[JsonSerializable(typeof(PitchPracticeRow))]
[JsonSerializable(typeof(CalendarFeedRow))]
internal sealed partial class BackupJson : JsonSerializerContext
{
    /// <summary>Indented with "\n" on every platform, and readable accents: the file is for people too, and must be byte-for-byte repeatable.</summary>
    public static readonly JsonWriterOptions Writer = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
