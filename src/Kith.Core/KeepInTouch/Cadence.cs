namespace Kith.Core.KeepInTouch;

public enum CadenceUnit
{
    Days = 0,
    Weeks = 1,
    Months = 2,
}

/// <summary>
/// How often I want to be in touch with someone: ideally every <see cref="Every"/> units, and
/// never longer than <see cref="Max"/> units (the point at which it counts as overdue).
/// </summary>
public sealed record Cadence(int Every, int Max, CadenceUnit Unit)
{
    public DateOnly IdealAfter(DateOnly last) => Add(last, Every);
    public DateOnly MaxAfter(DateOnly last) => Add(last, Max);

    /// <summary>The ideal interval in days, used to compare how overdue people are.</summary>
    public double IdealDays => Days(Every);

    private double Days(int n) => Unit switch
    {
        CadenceUnit.Days => n,
        CadenceUnit.Weeks => n * 7,
        _ => n * 30.44,
    };

    private DateOnly Add(DateOnly d, int n) => Unit switch
    {
        CadenceUnit.Days => d.AddDays(n),
        CadenceUnit.Weeks => d.AddDays(7 * n),
        _ => d.AddMonths(n),
    };

    /// <summary>"every 30 days", "every 2 weeks (at most 3 weeks)".</summary>
    public string Describe()
    {
        var unit = Unit.ToString().ToLowerInvariant();
        var every = Every == 1 ? $"every {unit.TrimEnd('s')}" : $"every {Every} {unit}";
        return Max == Every ? every : $"{every} (at most {Max} {unit})";
    }

    /// <summary>Parses "30d", "2w", "3m", "every 2 weeks"; returns null when the text is not a cadence.</summary>
    public static (int Every, CadenceUnit Unit)? ParseInterval(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().ToLowerInvariant();
        if (t.StartsWith("every ", StringComparison.Ordinal)) t = t[6..].Trim();
        var i = 0;
        while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
        var number = i == 0 ? 1 : int.TryParse(t[..i], out var n) ? n : -1;
        if (number < 0) return null;
        var unit = t[i..].Trim() switch
        {
            "d" or "day" or "days" => CadenceUnit.Days,
            "w" or "wk" or "week" or "weeks" => CadenceUnit.Weeks,
            "m" or "mo" or "month" or "months" => CadenceUnit.Months,
            _ => (CadenceUnit?)null,
        };
        return unit is { } u ? (number, u) : null;
    }
}
