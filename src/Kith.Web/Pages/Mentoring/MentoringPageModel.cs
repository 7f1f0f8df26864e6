using Kith.Core.Common;

namespace Kith.Web.Pages.Mentoring;

/// <summary>
/// What the mentoring pages add to <see cref="KithPageModel"/>: some refusals are about the record as
/// a whole ("this meeting was cancelled"), not a field, and show at the top of the page instead.
/// </summary>
public abstract class MentoringPageModel : KithPageModel
{
    /// <summary>Shows <paramref name="recordKeys"/> errors above the page (see _RecordErrors) and the rest next to their fields.</summary>
    protected void ShowActionErrors(ValidationFailedException failure, string prefix, params string[] recordKeys)
    {
        var fields = new Dictionary<string, string[]>();
        foreach (var (key, messages) in failure.Errors)
        {
            if (recordKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                foreach (var message in messages)
                    ModelState.AddModelError("", message);
            }
            else
            {
                fields[key] = messages;
            }
        }
        ShowErrors(new ValidationFailedException(fields), prefix);
    }
}
