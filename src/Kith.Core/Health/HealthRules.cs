using System.Globalization;

namespace Kith.Core.Health;

/// <summary>The health page's rules, kept pure: tie strength from recency and frequency, and recommendations from gaps.</summary>
public static class HealthRules
{
    /// <summary>Days since the last contact within which recency scores 3, 2 and 1.</summary>
    public const int Recent3 = 30, Recent2 = 90, Recent1 = 365;

    /// <summary>Contacts in the last year from which frequency scores 3, 2 and 1.</summary>
    public const int Frequent3 = 12, Frequent2 = 4, Frequent1 = 1;

    /// <summary>Recency (last contact within 30, 90, 365 days) plus frequency (12, 4, 1 contacts a year), each 0–3.</summary>
    public static TieStrength Strength(int? daysSinceContact, int contactsLastYear) =>
        Strength(Recency(daysSinceContact), Frequency(contactsLastYear));

    /// <summary>0–3: how recent the last contact is.</summary>
    public static int Recency(int? daysSinceContact) =>
        daysSinceContact switch { null => 0, <= Recent3 => 3, <= Recent2 => 2, <= Recent1 => 1, _ => 0 };

    /// <summary>0–3: how many contacts in the last year.</summary>
    public static int Frequency(int contactsLastYear) =>
        contactsLastYear switch { >= Frequent3 => 3, >= Frequent2 => 2, >= Frequent1 => 1, _ => 0 };

    /// <summary>The tie's strength from its recency and frequency scores (<see cref="Recency"/>, <see cref="Frequency"/>).</summary>
    public static TieStrength Strength(int recency, int frequency) =>
        (recency + frequency) switch
        {
            >= 5 => TieStrength.Strong,
            >= 3 => TieStrength.Steady,
            >= 1 => TieStrength.Fading,
            _ => TieStrength.Dormant,
        };

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
