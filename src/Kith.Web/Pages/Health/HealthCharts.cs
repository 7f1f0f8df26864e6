using Kith.Core.Common;
using Kith.Core.Health;
using Kith.Core.People;
using Kith.Web.Pages.Shared;

namespace Kith.Web.Pages.Health;

/// <summary>The health page's charts, built from the core's counts with labels a person reads.</summary>
public static class HealthCharts
{
    public static BarChart Roles(HealthView h) => BarChart.Counts("chart-role", "People by role",
        $"Of {People(h.People)}, how many have each role (a person can have several).",
        h.ByRole.Select(c => (RoleLabel(c.Label), c.Value, BarFill.Solid)));

    public static BarChart Departments(HealthView h) => BarChart.Counts("chart-department", "People by department",
        $"Of {People(h.People)}, how many are in each department, largest first.",
        h.ByDepartment.Select(c => (DepartmentLabel(c.Label), c.Value, c.Label is "no department" ? BarFill.Outline : BarFill.Solid)));

    public static BarChart Levels(HealthView h) => BarChart.Counts("chart-level", "People by level",
        $"Of {People(h.People)}, how many are more senior than you, peers, or more junior.",
        h.ByLevel.Select(c => (LevelLabel(c.Label), c.Value, c.Label == "unknown" ? BarFill.Outline : BarFill.Solid)));

    public static BarChart Employers(HealthView h) => BarChart.Counts("chart-employer", "Inside or outside your employer",
        $"Of {People(h.People)}, how many work inside your employer and how many outside.",
        h.ByEmployer.Select(c => (EmployerLabel(c.Label), c.Value, c.Label switch
        {
            "outside" => BarFill.Hatched,
            "unknown" => BarFill.Outline,
            _ => BarFill.Solid,
        })));

    public static BarChart Strength(HealthView h) => BarChart.Counts("chart-strength", "How strong your ties are",
        $"Of {People(h.People)}, how many ties are strong, steady, fading or dormant, from how recently and how often you were in touch.",
        h.ByStrength.Select(c => (Show.Capitalised(c.Label), c.Value, c.Label switch
        {
            "strong" => BarFill.Solid,
            "steady" => BarFill.Hatched,
            "fading" => BarFill.Dotted,
            _ => BarFill.Outline,
        })));

    public static BarChart GivesAndAsks(HealthView h) => BarChart.Counts("chart-give-ask", "Gives and asks in the last year",
        "Interactions in the last year where you gave something, asked for something, or neither.",
        [("I gave", h.LastYear.Gave, BarFill.Solid), ("I asked", h.LastYear.Asked, BarFill.Asked), ("Neither", h.LastYear.Neither, BarFill.Outline)]);

    public static BarChart WeeksKept(HealthView h) => BarChart.Shares("chart-weeks", "Weeks with networking time kept",
        "Weeks in which you kept at least one networking slot.",
        [
            ("Last 8 weeks", h.Last8Weeks.WeeksKept, 8, $"{h.Last8Weeks.WeeksKept} of 8"),
            ("Last 26 weeks", h.Last26Weeks.WeeksKept, 26, $"{h.Last26Weeks.WeeksKept} of 26"),
        ]);

    public static string RoleLabel(string token) =>
        Vocabulary.TryParse<PersonRoles>(token, out var role) ? Show.Capitalised(role.Label()) : Show.Capitalised(token);

    public static string LevelLabel(string token) => token switch
    {
        "unknown" => "Level not recorded",
        _ => Vocabulary.TryParse<RelativeLevel>(token, out var level) ? Show.Capitalised(level.Label()) : token,
    };

    public static string EmployerLabel(string token) => token switch
    {
        "inside" => "Inside",
        "outside" => "Outside",
        _ => "Not recorded",
    };

    public static string DepartmentLabel(string label) => label switch
    {
        "no department" => "No department recorded",
        "other" => "Other departments",
        _ => label,
    };

    /// <summary>"Gave 1 more than asked", "Asked 3 more than gave", "Even".</summary>
    public static string Balance(PersonBalance b) => (b.Gave - b.Asked) switch
    {
        0 => "Even",
        > 0 and var more => $"Gave {more} more than asked",
        var less => $"Asked {-less} more than gave",
    };

    private static string People(int n) => n == 1 ? "1 person" : $"{n} people";
}
