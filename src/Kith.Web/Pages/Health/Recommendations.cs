using Kith.Core.Health;

namespace Kith.Web.Pages.Health;

/// <summary>What a recommendation's link says, so each reads as the next step rather than "click here".</summary>
public static class Recommendations
{
    public static string LinkText(Recommendation r, IReadOnlyList<PersonBalance> balances) => r.Code switch
    {
        "no-people" => "Add a person",
        "no-outside-recently" => "People outside your employer",
        "no-senior-outside-chain" => "People more senior than you",
        "asks-no-gives" => balances.FirstOrDefault(b => b.PersonId == r.PersonId) is { } b ? $"Open {b.Name}" : "Open their page",
        "one-department" or "few-strong" => "Your people",
        "no-slots" => "Set aside a weekly slot",
        "weeks-kept" => "Your weekly plan",
        "no-mentors" => "Your board of mentors",
        _ => "Open",
    };
}
