using System.Net;
using Kith.Core.KeepInTouch;
using Kith.Core.People;

namespace Kith.Web.Tests.Pages.People;

/// <summary>/people: search, filters and paging, all in a shareable GET address.</summary>
public sealed class PeopleListTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Get_RoleFilterFromTheForm_ListsOnlyMatchingPeople()
    {
        await _client.AddPersonAsync(new PersonInput { FirstName = "Mina", LastName = "Mentor", Roles = ["mentor"], Tags = ["role-test"] });
        await _client.AddPersonAsync(new PersonInput { FirstName = "Colin", LastName = "Colleague", Roles = ["colleague"], Tags = ["role-test"] });
        var everyone = await _client.GetAsync("/people?tag=role-test");
        Assert.Equal(["Colin Colleague", "Mina Mentor"], everyone.Texts("tbody .person-link"));

        // The filter form is a GET form: submitting it is a GET of its fields, empty ones included.
        var filtered = await _client.GetResponseAsync("/people?search=&role=mentor&department=&level=&employer=&tag=role-test");
        Assert.Equal(HttpStatusCode.Redirect, filtered.StatusCode);
        Assert.Equal("/people?role=mentor&tag=role-test", filtered.Headers.Location!.OriginalString);

        var page = await _client.GetAsync("/people?role=mentor&tag=role-test");
        Assert.Equal(["Mina Mentor"], page.Texts("tbody .person-link"));
        Assert.Equal("1 person matches these filters", page.Text(".result-count"));
        Assert.NotNull(page.QuerySelector("#role option[value='mentor'][selected]"));
    }

    [Fact]
    public async Task Get_DepartmentAndSearch_NarrowTheList()
    {
        await _client.AddPersonAsync(new PersonInput { FirstName = "Fay", LastName = "Ledger", Department = "Finance-Dept-Test" });
        await _client.AddPersonAsync(new PersonInput { FirstName = "Fred", LastName = "Ledger", Department = "Legal-Dept-Test" });

        var page = await _client.GetAsync("/people?department=Finance-Dept-Test");
        Assert.Equal(["Fay Ledger"], page.Texts("tbody .person-link"));
        Assert.Contains("Legal-Dept-Test", page.Texts("#department option"));

        var searched = await _client.GetAsync("/people?search=fred+ledger");
        Assert.Equal(["Fred Ledger"], searched.Texts("tbody .person-link"));
    }

    [Fact]
    public async Task Get_OverdueOnly_ListsPeoplePastTheirMaximumInterval()
    {
        var metLongAgo = KithWebFactory.Start.AddDays(-100).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var late = await _client.AddPersonAsync(new PersonInput { FirstName = "Olga", LastName = "Overdue", MetOn = metLongAgo, Tags = ["overdue-test"] });
        await _client.AddPersonAsync(new PersonInput { FirstName = "Otto", LastName = "Ontime", Tags = ["overdue-test"] });
        await _client.WithServiceAsync<CadenceView, KeepInTouchService>(s => s.SetCadenceAsync(late.Id, new CadenceInput { Every = 30, Unit = "days" }));

        var page = await _client.GetAsync("/people?tag=overdue-test&overdue=true");

        Assert.Equal(["Olga Overdue"], page.Texts("tbody .person-link"));
        Assert.Equal("Overdue", page.Text("tbody .badge-overdue"));
        Assert.NotNull(page.QuerySelector("#overdue[checked]"));
    }

    [Fact]
    public async Task Get_ManyPeople_PagesWithTheFiltersKeptInTheLinks()
    {
        for (var i = 1; i <= 27; i++)
            await _client.AddPersonAsync(new PersonInput { FirstName = $"Pat{i:00}", Tags = ["paging-test"] });

        var first = await _client.GetAsync("/people?tag=paging-test");
        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Page 1 of 2", first.Text(".pager-position"));
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href");
        Assert.Equal("/people?tag=paging-test&page=2", next);

        var second = await _client.GetAsync(next!);
        Assert.Equal(["Pat26", "Pat27"], second.Texts("tbody .person-link"));
        Assert.Equal("Page 2 of 2", second.Text(".pager-position"));
        Assert.Equal("/people?tag=paging-test", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_UnknownRoleInTheAddress_ShowsMessageNextToRoleFilter()
    {
        var page = await _client.GetAsync("/people?role=astronaut");

        Assert.StartsWith("Unknown role 'astronaut'.", page.FieldError("Role"));
        Assert.Empty(page.QuerySelectorAll("tbody tr"));
    }
}
