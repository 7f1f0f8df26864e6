using System.Globalization;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kith.Web.Tests.Browser;

/// <summary>
/// Forms list the first 2,000 people by name; in a larger network, person-picker.js finds anyone by
/// typing. In a real browser, against a network one person larger than the list.
/// </summary>
public sealed class PersonPickerTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [SkippableFact]
    public async Task NewMentorship_SomeonePastTheList_IsFoundByTypingAndBecomesTheMentor()
    {
        BrowserHost.RequireChromium();
        var zelda = await SeedPastTheListAsync();
        var page = await host.NewPageAsync();
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        var zeldaId = zelda.ToString(CultureInfo.InvariantCulture);

        await page.GotoAsync("/mentorships/new");
        var mentor = page.GetByLabel("Mentor", new() { Exact = true });
        await Expect(mentor.Locator($"option[value='{zeldaId}']")).ToHaveCountAsync(0);
        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Find someone for: Mentor" });
        var found = page.Locator(".person-picker-status");

        await search.FillAsync("quarterm");
        await Expect(found).ToHaveTextAsync("One person found; choose them in the list.");
        await Expect(mentor.Locator("option")).ToHaveTextAsync(["Not chosen yet", "Zelda Quartermaine (Treasurer, Harbour Trust)"]);
        await mentor.SelectOptionAsync(zeldaId);

        // Searching on, or clearing the box, keeps the choice made.
        await search.FillAsync("nobody-by-this-name");
        await Expect(found).ToHaveTextAsync("No one found for “nobody-by-this-name”.");
        await search.FillAsync("");
        await Expect(found).ToBeHiddenAsync();
        await Expect(mentor).ToHaveValueAsync(zeldaId);
        Assert.Equal(PeopleService.PickLimit + 1, await mentor.Locator("option").CountAsync() - 1);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save mentorship" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Zelda Quartermaine");
        Assert.Empty(scriptErrors);
    }

    /// <summary>
    /// <see cref="PeopleService.PickLimit"/> people whose names sort first, so the forms' lists are full,
    /// and Zelda, who sorts after them all; returns her id.
    /// </summary>
    private async Task<int> SeedPastTheListAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
        var now = KithWebFactory.Start.UtcDateTime;
        for (var i = 0; i < PeopleService.PickLimit; i++)
        {
            var person = new Person { FirstName = $"Aaron{i:D4}", LastName = "Filler", CreatedAt = now, UpdatedAt = now };
            person.RefreshSearchText();
            db.People.Add(person);
        }
        var zelda = new Person { FirstName = "Zelda", LastName = "Quartermaine", JobTitle = "Treasurer", Organisation = "Harbour Trust", CreatedAt = now, UpdatedAt = now };
        zelda.RefreshSearchText();
        db.People.Add(zelda);
        await db.SaveChangesAsync();
        return zelda.Id;
    }
}
