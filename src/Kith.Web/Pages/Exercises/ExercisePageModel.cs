using System.Globalization;
using Kith.Core.Common;

namespace Kith.Web.Pages.Exercises;

/// <summary>
/// What the exercise steps share. Their forms hold lists (three goals a horizon, one box per area),
/// so errors are placed by index here, where <see cref="KithPageModel.ShowErrors"/> would drop it.
/// </summary>
public abstract class ExercisePageModel : KithPageModel
{
    /// <summary>Today in the account's zone; every step's defaults and date checks start from it.</summary>
    public DateOnly Today { get; protected set; }

    /// <summary>Shows <paramref name="message"/> next to the field named <paramref name="key"/>; the summary lists errors in the order added.</summary>
    protected void ShowError(string key, string message)
    {
        ModelState.AddModelError(key, message);
        if (HttpContext.Items[ErrorOrderKey] is not List<string> order)
            HttpContext.Items[ErrorOrderKey] = order = [];
        if (!order.Contains(key)) order.Add(key);
    }

    /// <summary>Every message of a core failure under one field, or under <paramref name="keyOf"/>'s choice per core field.</summary>
    protected void ShowErrors(ValidationFailedException failure, Func<string, string> keyOf)
    {
        foreach (var (field, messages) in failure.Errors)
        {
            foreach (var message in messages)
                ShowError(keyOf(field), message);
        }
    }

    /// <summary>Core field names carry list indexes ("Areas[2]"); the forms map them by name alone.</summary>
    protected static string FieldName(string coreField) =>
        coreField.IndexOf('[', StringComparison.Ordinal) is var bracket and >= 0 ? coreField[..bracket] : coreField;

    /// <summary>A typed YYYY-MM-DD day, or null when it is empty or not a date (the core then says why).</summary>
    protected static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

/// <summary>Ids carried from step to step in the query string as "3,4,5", so a reload shows the same records.</summary>
public static class IdList
{
    public static IReadOnlyList<int> Parse(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().ToList();

    public static string Format(IEnumerable<int> ids) =>
        string.Join(",", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
}
