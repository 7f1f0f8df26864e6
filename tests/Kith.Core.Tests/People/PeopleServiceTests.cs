using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.People;

public sealed class PeopleServiceTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<T> People<T>(Func<PeopleService, Task<T>> work) =>
        _db.RunAsync(sp => work(sp.GetRequiredService<PeopleService>()));

    private Task<int> CountAsync() => People(async s => (await s.ListAsync(new PeopleQuery())).TotalCount);

    [Fact]
    public async Task Create_FullInput_KeepsEveryField()
    {
        var boss = await People(s => s.CreateAsync(new PersonBuilder("Bea", "Boss").Build()));
        var input = new PersonBuilder("Ana", "Lima").At("Acme").InDepartment("Finance").As("mentor", "former-colleague")
            .Level("more-senior").Employer("outside").Tagged("book club", "Book Club", "2019").WithEmail("ana@example.org")
            .MetOn("2024-10-09").ReportsTo(boss.Id).Expert("public speaking").Build()
            with { Phones = ["+1 555 0100"], LinkedInUrl = "https://www.linkedin.com/in/ana", Notes = "Likes chess" };

        var ana = await People(s => s.CreateAsync(input));

        Assert.Equal("Ana Lima", ana.DisplayName);
        Assert.Equal([PersonRoles.Mentor, PersonRoles.FormerColleague], ana.Roles);
        Assert.Equal(RelativeLevel.MoreSenior, ana.Level);
        Assert.Equal(EmployerRelation.Outside, ana.Employer);
        Assert.Equal(["2019", "book club"], ana.Tags); // the same tag twice in other case is one tag
        Assert.Equal(["public speaking"], ana.Expertise);
        Assert.Equal(["ana@example.org"], ana.Emails);
        Assert.Equal(new DateOnly(2024, 10, 9), ana.MetOn);
        Assert.Equal("Bea Boss", ana.ReportsTo?.DisplayName);
    }

    [Fact]
    public async Task Get_PersonWithEveryList_ShowsEachInOrderWithPhotoAndBoss()
    {
        var boss = await People(s => s.CreateAsync(new PersonBuilder("Bea", "Boss").Build()));
        var input = new PersonBuilder("Ana", "Lima").Tagged("zeta", "Alpha").Expert("public speaking", "Budgets")
            .WithEmail("ana@work.example").ReportsTo(boss.Id).Build()
            with
            {
                Emails = ["ana@work.example", "ana@home.example"],
                Phones = ["+1 555 0100", "+1 555 0199"],
                Addresses = [new AddressInput { Label = "work", Street = "1 Main St", Locality = "Lisboa" }, new AddressInput { Label = "home", Country = "Portugal" }],
            };
        var created = await People(s => s.CreateAsync(input));
        await _db.RunAsync(async sp =>
        {
            await sp.GetRequiredService<KithDbContext>().People.Where(p => p.Id == created.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.Photo, new byte[] { 1, 2, 3 }));
            return 0;
        });

        var ana = await People(s => s.GetAsync(created.Id));
        var bea = await People(s => s.GetAsync(boss.Id));

        Assert.Equal(["ana@work.example", "ana@home.example"], ana.Emails);
        Assert.Equal(["+1 555 0100", "+1 555 0199"], ana.Phones);
        Assert.Equal(["Alpha", "zeta"], ana.Tags);
        Assert.Equal(["Budgets", "public speaking"], ana.Expertise);
        Assert.Equal(["1 Main St, Lisboa", "Portugal"], ana.Addresses!.Select(a => a.OneLine));
        Assert.Equal(["work", "home"], ana.Addresses!.Select(a => a.Label));
        Assert.Equal(new PersonRef(boss.Id, "Bea Boss"), ana.ReportsTo);
        Assert.True(ana.HasPhoto);
        Assert.Empty(bea.Emails);
        Assert.Empty(bea.Tags);
        Assert.Empty(bea.Addresses!);
        Assert.Null(bea.ReportsTo);
        Assert.False(bea.HasPhoto);
    }

    [Fact]
    public async Task Create_BadInput_ReportsEveryFieldAndSavesNothing()
    {
        var before = await CountAsync();
        var input = new PersonInput
        {
            FirstName = "  ",
            Emails = ["ana@example.org", "bob@"],
            MetOn = "2026-02-30",
            Level = "boss",
            Roles = ["mentor", "astronaut"],
            Website = "ftp://x",
            ReportsToId = 9999,
        };

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => People(s => s.CreateAsync(input)));

        Assert.Equal(["FirstName", "Emails[1]", "Level", "Roles[1]", "MetOn", "Website", "ReportsToId"], error.Errors.Keys);
        Assert.Contains("'2026-02-30' is not a valid date", error.Errors["MetOn"][0], StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Create_MetInTheFuture_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            People(s => s.CreateAsync(new PersonBuilder("Ana").MetOn("2026-03-17").Build())));
        Assert.Contains("in the future", error.Errors["MetOn"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_ReportsToWouldCloseALoop_IsRefused()
    {
        var ceo = await People(s => s.CreateAsync(new PersonBuilder("Cleo").Build()));
        var vp = await People(s => s.CreateAsync(new PersonBuilder("Vic").ReportsTo(ceo.Id).Build()));
        var manager = await People(s => s.CreateAsync(new PersonBuilder("Max").ReportsTo(vp.Id).Build()));

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            People(s => s.UpdateAsync(ceo.Id, new PersonBuilder("Cleo").ReportsTo(manager.Id).Build())));

        Assert.Contains("loop", error.Errors["ReportsToId"][0], StringComparison.Ordinal);
        Assert.Null((await People(s => s.GetAsync(ceo.Id))).ReportsTo);
    }

    [Fact]
    public async Task Update_ReplacesTagsAndEmails()
    {
        var ana = await People(s => s.CreateAsync(new PersonBuilder("Ana").Tagged("a", "b").WithEmail("a@x.org").Build()));
        var updated = await People(s => s.UpdateAsync(ana.Id, new PersonBuilder("Ana").Tagged("b", "c").WithEmail("b@x.org").Build()));
        Assert.Equal(["b", "c"], updated.Tags);
        Assert.Equal(["b@x.org"], updated.Emails);
    }

    [Fact]
    public async Task List_FiltersCombine_AndPagesAreStable()
    {
        for (var i = 0; i < 30; i++)
        {
            var builder = new PersonBuilder($"Person{i:00}").InDepartment(i % 3 == 0 ? "Finance" : "Sales").As(i % 2 == 0 ? "colleague" : "customer");
            await People(s => s.CreateAsync(builder.Build()));
        }

        var financeColleagues = await People(s => s.ListAsync(new PeopleQuery { Department = "Finance", Role = "colleague", PageSize = 3 }));
        var secondPage = await People(s => s.ListAsync(new PeopleQuery { Department = "Finance", Role = "colleague", PageSize = 3, Page = 2 }));

        Assert.Equal(5, financeColleagues.TotalCount); // 0, 6, 12, 18, 24
        Assert.Equal(["Person00", "Person06", "Person12"], financeColleagues.Items.Select(p => p.DisplayName));
        Assert.Equal(["Person18", "Person24"], secondPage.Items.Select(p => p.DisplayName));
        Assert.False(secondPage.HasNext);
    }

    [Fact]
    public async Task List_SearchMatchesNamesOrganisationAndEmail_CaseInsensitively()
    {
        await People(s => s.CreateAsync(new PersonBuilder("Ana", "Lima").At("Globex").Build()));
        await People(s => s.CreateAsync(new PersonBuilder("Bob").WithEmail("bob@initech.com").Build()));

        Assert.Equal(["Ana Lima"], (await People(s => s.ListAsync(new PeopleQuery { Search = "GLOB" }))).Items.Select(p => p.DisplayName));
        Assert.Equal(["Bob"], (await People(s => s.ListAsync(new PeopleQuery { Search = "initech" }))).Items.Select(p => p.DisplayName));
        Assert.Equal(["Ana Lima"], (await People(s => s.ListAsync(new PeopleQuery { Search = "ana lim" }))).Items.Select(p => p.DisplayName));
    }

    [Fact]
    public async Task List_SearchMatchingThousands_CountsAndPagesThemByNameWithTheOtherFilters()
    {
        // More matches than PeopleService.WalkAbove, so the page comes from walking the name index.
        var count = PeopleService.WalkAbove + 60;
        await _db.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<KithDbContext>();
            var now = TestDatabase.Start.UtcDateTime;
            for (var i = 0; i < count; i++)
            {
                // Names out of id order, so a page in id order would show.
                var person = new Person { FirstName = $"Walker{(i * 7919) % count:D4}", Organisation = "Roadmapco", Department = i % 2 == 0 ? "Ops" : "Sales", CreatedAt = now, UpdatedAt = now };
                person.RefreshSearchText();
                db.People.Add(person);
            }
            await db.SaveChangesAsync();
            return 0;
        });
        var me = await People(s => s.GetMeAsync());
        await People(s => s.UpdateAsync(me.Id, new PersonBuilder("Me").At("Roadmapco").Build()));
        var notesOnly = await People(s => s.CreateAsync(new PersonBuilder("Aaron", "Notes").InDepartment("Ops").Build()));
        await _db.RunAsync(sp => sp.GetRequiredService<Kith.Core.Interactions.InteractionService>()
            .LogAsync(new Kith.Core.Interactions.InteractionInput { PersonIds = [notesOnly.Id], OccurredAt = "2026-03-01", Summary = "Lunch", Notes = "Showed me the Roadmapco plan" }));
        await People(s => s.CreateAsync(new PersonBuilder("Zoe", "Elsewhere").InDepartment("Ops").Build()));
        var alone = await People(s => s.ListAsync(new PeopleQuery { Search = "roadmap", PageSize = 50, Page = 2 }));
        await using var other = await Kith.Core.Tests.Backup.OtherAccount.CreateAsync(_db, "Other");
        await other.RunAsync(sp => sp.GetRequiredService<PeopleService>().CreateAsync(new PersonBuilder("Abe", "Roadmapco").Build()));

        var second = await People(s => s.ListAsync(new PeopleQuery { Search = "roadmap", PageSize = 50, Page = 2 }));
        var ops = await People(s => s.ListAsync(new PeopleQuery { Search = "ROADMAPCO", Department = "Ops", PageSize = 200, Page = 6 }));

        // Everyone matching, me and the other account's Abe left out; Aaron only through his interaction's notes.
        Assert.Equal(count + 1, second.TotalCount);
        Assert.Equal(Enumerable.Range(49, 50).Select(i => $"Walker{i:D4}"), second.Items.Select(p => p.DisplayName));
        Assert.Equal(second.TotalCount, alone.TotalCount); // alone in the database, the count is taken from the matches
        Assert.Equal(second.Items.Select(p => p.Id), alone.Items.Select(p => p.Id));
        var last = await People(s => s.ListAsync(new PeopleQuery { Search = "roadmap", PageSize = 200, Page = 11 }));
        Assert.Equal(["Walker2059"], last.Items.Skip(60).Select(p => p.DisplayName));
        Assert.Equal(61, last.Items.Count);
        Assert.Equal(count / 2 + 1, ops.TotalCount);
        var expectedOps = Enumerable.Repeat("Aaron Notes", 1)
            .Concat(Enumerable.Range(0, count).Where(i => i % 2 == 0).Select(i => $"Walker{(i * 7919) % count:D4}").Order(StringComparer.Ordinal))
            .Skip(5 * 200).Take(200);
        Assert.Equal(expectedOps, ops.Items.Select(p => p.DisplayName));
        Assert.All(ops.Items, p => Assert.Equal("Ops", p.Department));
        Assert.Equal(["Aaron Notes"], (await People(s => s.ListAsync(new PeopleQuery { Search = "roadmap", PageSize = 1 }))).Items.Select(p => p.DisplayName));
    }

    [Fact]
    public async Task List_UnknownRoleFilter_IsAFieldError() =>
        Assert.Contains("Role", (await Assert.ThrowsAsync<ValidationFailedException>(() =>
            People(s => s.ListAsync(new PeopleQuery { Role = "astronaut" })))).Errors.Keys);

    [Fact]
    public async Task Find_ByFullNameOrId_FindsExactlyThatPerson()
    {
        var ana = await People(s => s.CreateAsync(new PersonBuilder("Ana", "Lima").Build()));
        await People(s => s.CreateAsync(new PersonBuilder("Ana", "Souza").Build()));

        Assert.Equal(2, (await People(s => s.FindAsync("ana"))).Count);
        Assert.Equal([ana.Id], (await People(s => s.FindAsync("Ana Lima"))).Select(p => p.Id));
        Assert.Equal([ana.Id], (await People(s => s.FindAsync($"#{ana.Id}"))).Select(p => p.Id));
    }

    [Fact]
    public async Task Delete_Me_IsRefused()
    {
        var me = await People(s => s.GetMeAsync());
        await Assert.ThrowsAsync<ValidationFailedException>(() => People(async s => { await s.DeleteAsync(me.Id); return 0; }));
    }

    [Fact]
    public async Task Get_UnknownId_IsNotFound() =>
        await Assert.ThrowsAsync<NotFoundException>(() => People(s => s.GetAsync(424242)));

    [Fact]
    public async Task Create_TagWithAnAccentedCapital_IsReusedWhateverTheCase()
    {
        var ana = await People(s => s.CreateAsync(new PersonBuilder("Ana").Tagged("Économie").Expert("Énergie").Build()));
        var ben = await People(s => s.CreateAsync(new PersonBuilder("Ben").Tagged("économie").Expert("ÉNERGIE").Build()));
        var edited = await People(s => s.UpdateAsync(ana.Id, new PersonBuilder("Ana").Tagged("Économie", "Élan").Expert("Énergie").Build()));

        Assert.Equal(["Économie"], ben.Tags); // the first spelling is kept
        Assert.Equal(["Économie", "Élan"], edited.Tags);
        Assert.Equal(["Économie", "Élan"], await People(s => s.TagNamesAsync()));
        Assert.Equal(2, (await People(s => s.ListAsync(new PeopleQuery { Tag = "ÉCONOMIE" }))).TotalCount);
    }

    [Fact]
    public async Task List_SortsByNameIgnoringCase()
    {
        foreach (var name in new[] { "bob", "Zoe", "Élodie", "ana", "Carl" })
            await People(s => s.CreateAsync(new PersonBuilder(name).Build()));

        var names = (await People(s => s.ListAsync(new PeopleQuery()))).Items.Select(p => p.DisplayName);

        Assert.Equal(["ana", "bob", "Carl", "Élodie", "Zoe"], names);
    }

    [Theory]
    [InlineData("https://notlinkedin.com/in/ana")]
    [InlineData("https://linkedin.com.evil.example/in/ana")]
    [InlineData("linkedin.com/in/ana")]
    public async Task Create_LinkedInLookAlike_IsRefused(string url)
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            People(s => s.CreateAsync(new PersonBuilder("Ana").Build() with { LinkedInUrl = url })));
        Assert.Contains("LinkedInUrl", error.Errors.Keys);
    }

    [Fact]
    public async Task Create_TooManyEmails_IsRefused()
    {
        var emails = Enumerable.Range(0, 21).Select(i => $"a{i}@example.org").ToArray();
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            People(s => s.CreateAsync(new PersonBuilder("Ana").WithEmail(emails).Build())));
        Assert.Equal("At most 20 per person (there are 21).", error.Errors["Emails"][0]);
    }

    [Fact]
    public async Task PickList_PastTheLimit_StillOffersTheCurrentChoice()
    {
        foreach (var name in new[] { "Ana", "Ben", "Cy" })
            await People(s => s.CreateAsync(new PersonBuilder(name).Build()));
        var zed = await People(s => s.CreateAsync(new PersonBuilder("Zed").Build()));

        var picks = await People(s => s.PickListAsync(includeMe: false, alwaysInclude: zed.Id, limit: 2));

        Assert.Equal(["Ana", "Ben", "Zed"], picks.Select(p => p.DisplayName));
    }
    [Fact]
    public async Task Lookup_PartOfANameOrTitle_OffersThoseByNameNotThroughNotes()
    {
        var me = await People(s => s.GetMeAsync());
        await People(s => s.UpdateAsync(me.Id, new PersonBuilder("Anabel", "Me").Build()));
        var ana = await People(s => s.CreateAsync(new PersonBuilder("Ana", "Lima").At("Acme").Build() with { JobTitle = "Treasurer" }));
        var anna = await People(s => s.CreateAsync(new PersonBuilder("Anna", "Berg").InDepartment("Finance").Build()));
        await People(s => s.CreateAsync(new PersonBuilder("Ben", "Analyst").Build() with { Notes = "Knows Anatoly" }));
        var noted = await People(s => s.CreateAsync(new PersonBuilder("Cy", "Noted").Build() with { Notes = "annual review with Ana" }));
        await _db.RunAsync(sp => sp.GetRequiredService<Kith.Core.Interactions.InteractionService>()
            .LogAsync(new Kith.Core.Interactions.InteractionInput { PersonIds = [noted.Id], OccurredAt = "2026-03-01", Summary = "Anabel's lunch" }));
        await using var other = await Kith.Core.Tests.Backup.OtherAccount.CreateAsync(_db, "Other");
        await other.RunAsync(sp => sp.GetRequiredService<PeopleService>().CreateAsync(new PersonBuilder("Anastasia", "Elsewhere").Build()));

        var an = await People(s => s.LookupAsync("an", includeMe: false));
        var withMe = await People(s => s.LookupAsync("an", includeMe: true));
        var two = await People(s => s.LookupAsync("ana TREAS", includeMe: false));
        var first = await People(s => s.LookupAsync("an", includeMe: false, limit: 1));
        var nobody = await People(s => s.LookupAsync("zz", includeMe: false));

        // By name, "Ben Analyst" by his last name; never through notes or interactions (Cy), never
        // another account's people.
        Assert.Equal(["Ana Lima", "Anna Berg", "Ben Analyst"], an.Select(p => p.DisplayName));
        Assert.Equal(new PersonPick(ana.Id, "Ana Lima", "Treasurer, Acme"), an[0]);
        Assert.Equal(new PersonPick(anna.Id, "Anna Berg", "Finance"), an[1]);
        Assert.Equal(["Ana Lima", "Anabel Me", "Anna Berg", "Ben Analyst"], withMe.Select(p => p.DisplayName));
        Assert.Equal([ana.Id], two.Select(p => p.Id));
        Assert.Equal(["Ana Lima"], first.Select(p => p.DisplayName));
        Assert.Empty(nobody);
    }

    [Theory]
    [InlineData("", 20, "q", "Type part of a name (letters or digits) to look someone up.")]
    [InlineData(" -- ", 20, "q", "Type part of a name (letters or digits) to look someone up.")]
    [InlineData("ana", 0, "limit", "The limit must be between 1 and 100.")]
    [InlineData("ana", 101, "limit", "The limit must be between 1 and 100.")]
    public async Task Lookup_NothingToLookUpOrABadLimit_SaysWhich(string text, int limit, string field, string message)
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => People(s => s.LookupAsync(text, includeMe: false, limit)));

        Assert.Equal(message, Assert.Single(error.Errors[field]));
    }
}
