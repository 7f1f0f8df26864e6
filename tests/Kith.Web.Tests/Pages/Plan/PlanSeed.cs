using Kith.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Web.Tests.Pages.Plan;

/// <summary>A network to plan with: people spread over departments, levels and employers, added through the core service.</summary>
public static class PlanSeed
{
    private static readonly string[] Departments = ["Finance", "Sales", "Engineering", "Legal", "Marketing", "Operations"];
    private static readonly string[] Levels = ["peer", "more-senior", "more-junior"];

    private static readonly string[] FirstNames =
    [
        "Ana", "Bruno", "Carla", "Davi", "Elisa", "Fabio", "Gabi", "Heitor", "Iris", "Joao", "Karin", "Lucas", "Marta", "Nuno", "Olga",
        "Paulo", "Quitéria", "Rafa", "Sofia", "Tiago", "Ursula", "Vitor", "Wanda", "Xavier", "Yara", "Zeca", "Alice", "Beto", "Cida", "Dora",
    ];

    public static async Task<IReadOnlyList<PersonDetail>> PeopleAsync(KithWebFactory factory, int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<PeopleService>();
        var added = new List<PersonDetail>();
        for (var i = 0; i < count; i++)
        {
            added.Add(await people.CreateAsync(new PersonInput
            {
                FirstName = FirstNames[i % FirstNames.Length],
                LastName = $"Seed{i + 1}",
                Department = Departments[i % Departments.Length],
                Level = Levels[i % Levels.Length],
                // Every fourth person works elsewhere: the plan has someone outside the employer to suggest.
                Employer = i % 4 == 3 ? "outside" : "inside",
                Roles = [i % 4 == 3 ? "industry-peer" : "colleague"],
            }));
        }
        return added;
    }
}
