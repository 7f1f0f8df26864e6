using System.Globalization;
using Kith.Core.Common;
using Kith.Core.Mentoring;

namespace Kith.Web.Pages.Exercises;

/// <summary>
/// The core replaces a mentorship whole on update; a step that changes one thing (the ask date, the
/// person) starts from everything the mentorship already has.
/// </summary>
internal static class MentorshipEdits
{
    public static MentorshipInput AsInput(this MentorshipDetail detail)
    {
        var m = detail.Summary;
        return new MentorshipInput(m.PersonId, m.Seeking, Vocabulary.Token(m.Kind), m.Areas, Vocabulary.Token(m.Status),
            m.AskOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), detail.Expectations,
            detail.MeetEvery, detail.MeetEvery is null ? null : Vocabulary.Token(detail.MeetUnit));
    }
}
