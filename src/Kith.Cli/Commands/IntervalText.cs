using Kith.Core.KeepInTouch;

namespace Kith.Cli.Commands;

/// <summary>Reads cadences as typed on the command line: "30d", "2w", "3m", "every 2 weeks", and a bare max in the same unit.</summary>
internal static class IntervalText
{
    private const string Examples = "use a number and a unit, e.g. 30d, 2w or 3m";

    public static CadenceInput Parse(string every, string? max, string everyLabel, string maxLabel)
    {
        if (Cadence.ParseInterval(every) is not { } ideal)
            throw new UserError($"{everyLabel}: '{every}' is not an interval; {Examples}.");

        int? maxCount = null;
        if (!string.IsNullOrWhiteSpace(max))
        {
            if (int.TryParse(max.Trim(), out var bare))
                maxCount = bare;
            else if (Cadence.ParseInterval(max) is { } m)
            {
                if (m.Unit != ideal.Unit)
                    throw new UserError($"{maxLabel}: give it in the same unit as the cadence ({Unit(ideal.Unit)}), e.g. {ideal.Every * 3 / 2}{Unit(ideal.Unit)}.");
                maxCount = m.Every;
            }
            else
                throw new UserError($"{maxLabel}: '{max}' is not an interval; {Examples}.");
        }
        return new CadenceInput { Every = ideal.Every, Max = maxCount, Unit = ideal.Unit.ToString() };
    }

    private static string Unit(CadenceUnit unit) => unit switch
    {
        CadenceUnit.Days => "d",
        CadenceUnit.Weeks => "w",
        _ => "m",
    };
}
