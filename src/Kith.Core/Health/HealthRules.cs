using System.Globalization;

namespace Kith.Core.Health;

/// <summary>The health page's rules, kept pure: tie strength from recency and frequency, and recommendations from gaps.</summary>
public static class HealthRules
{
    /// <summary>Recency (last contact within 30, 90, 365 days) plus frequency (12, 4, 1 contacts a year), each 0–3.</summary>
    public static TieStrength Strength(int? daysSinceContact, int contactsLastYear)
    {
        var recency = daysSinceContact switch { null => 0, <= 30 => 3, <= 90 => 2, <= 365 => 1, _ => 0 };
        var frequency = contactsLastYear switch { >= 12 => 3, >= 4 => 2, >= 1 => 1, _ => 0 };
        return (recency + frequency) switch
        {
            >= 5 => TieStrength.Strong,
            >= 3 => TieStrength.Steady,
            >= 1 => TieStrength.Fading,
            _ => TieStrength.Dormant,
        };
    }

    /// <summary>"Ana: three asks and no gives since March".</summary>
    public static string AsksNoGives(string name, int asks, DateOnly since, DateOnly today) =>
        $"{name}: {Words(asks)} asks and no gives since {Since(since, today)}. Next time, offer something: an article, an introduction, congratulations.";

    public static string Words(int n) => n switch
    {
        1 => "one", 2 => "two", 3 => "three", 4 => "four", 5 => "five", 6 => "six", 7 => "seven", 8 => "eight", 9 => "nine", 10 => "ten",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private static string Since(DateOnly day, DateOnly today) =>
        day.Year == today.Year ? day.ToString("MMMM", CultureInfo.InvariantCulture) : day.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
