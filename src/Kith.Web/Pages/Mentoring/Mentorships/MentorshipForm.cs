using System.Globalization;
using Kith.Core.Common;
using Kith.Core.KeepInTouch;
using Kith.Core.Mentoring;
using Kith.Web.Pages.People;

namespace Kith.Web.Pages.Mentoring.Mentorships;

/// <summary>
/// A mentorship as the browser posts it: a person from the pick list, or while still looking,
/// whom I am seeking. Property names match <see cref="MentorshipInput"/> so errors land on their field.
/// </summary>
public sealed class MentorshipForm
{
    public int? PersonId { get; set; }
    public string? Seeking { get; set; }
    public string? Kind { get; set; }
    public string? Areas { get; set; }
    public string? Status { get; set; }
    public string? AskOn { get; set; }
    public int? MeetEvery { get; set; }
    public string? MeetUnit { get; set; }
    public string? Expectations { get; set; }

    public static MentorshipForm Default(int? personId, string? area) => new()
    {
        PersonId = personId,
        Areas = area?.Trim(),
        Kind = Vocabulary.Token(MentorKind.BoardMember),
        Status = Vocabulary.Token(MentorshipStatus.Candidate),
        MeetUnit = Vocabulary.Token(CadenceUnit.Weeks),
    };

    public static MentorshipForm From(MentorshipDetail m) => new()
    {
        PersonId = m.Summary.PersonId,
        Seeking = m.Summary.Seeking,
        Kind = Vocabulary.Token(m.Summary.Kind),
        Areas = string.Join("\n", m.Summary.Areas),
        Status = Vocabulary.Token(m.Summary.Status),
        AskOn = m.Summary.AskOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        MeetEvery = m.MeetEvery,
        MeetUnit = Vocabulary.Token(m.MeetUnit),
        Expectations = m.Expectations,
    };

    public MentorshipInput ToInput() =>
        new(PersonId, Seeking, Kind, PersonForm.Split(Areas), Status, AskOn, Expectations, MeetEvery, MeetUnit);
}
