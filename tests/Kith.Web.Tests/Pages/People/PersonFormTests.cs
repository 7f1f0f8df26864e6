using System.Net;
using Kith.Core.People;

namespace Kith.Web.Tests.Pages.People;

/// <summary>/people/new and /people/{id}/edit: one form, messages next to the fields, nothing saved on a mistake.</summary>
public sealed class PersonFormTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task New_EmptyFirstName_ShowsMessageNextToFieldKeepsInputAndCreatesNobody()
    {
        var form = await _client.GetAsync("/people/new");

        var posted = await _client.SubmitAsync(form, "main form",
            ("Input.FirstName", ""), ("Input.LastName", "Nobodyson"), ("Input.Organisation", "Initech"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        var page = posted.Document;
        Assert.Equal("Enter a first name.", page.FieldError("Input.FirstName"));
        var firstName = page.QuerySelector("#Input_FirstName")!;
        Assert.Equal("true", firstName.GetAttribute("aria-invalid"));
        Assert.Equal("Input_FirstName-error", firstName.GetAttribute("aria-describedby"));
        Assert.Equal("Enter a first name.", page.Text("#Input_FirstName-error"));
        Assert.Equal("#Input_FirstName", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("Nobodyson", page.QuerySelector("#Input_LastName")!.GetAttribute("value"));
        Assert.Equal("Initech", page.QuerySelector("#Input_Organisation")!.GetAttribute("value"));

        var list = await _client.GetAsync("/people?search=Nobodyson");
        Assert.Equal("No one matches these filters", list.Text(".result-count"));
    }

    [Fact]
    public async Task New_SeveralMistakes_ListsThemInFormOrderWithLinks()
    {
        var form = await _client.GetAsync("/people/new");

        var posted = await _client.SubmitAsync(form, "main form",
            ("Input.FirstName", ""), ("Input.Emails", "ok@example.com, not-an-address"), ("Input.Website", "ftp://example.com"));

        var links = posted.Document.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Input_FirstName", "#Input_Emails", "#Input_Website"], links);
        Assert.Contains("'not-an-address' is not a valid e-mail address.", posted.Document.FieldError("Input.Emails"));
        Assert.Equal("ok@example.com, not-an-address", posted.Document.QuerySelector("#Input_Emails")!.GetAttribute("value"));
    }

    [Fact]
    public async Task New_ValidPerson_RedirectsToTheirPageWithStatus()
    {
        var form = await _client.GetAsync("/people/new");

        var posted = await _client.SubmitAsync(form, "main form",
            ("Input.FirstName", "Grace"), ("Input.LastName", "Hopper"), ("Input.Roles", "mentor"), ("Input.Roles", "industry-peer"),
            ("Input.Tags", "navy, compilers"), ("Input.Level", "more-senior"), ("Input.Employer", "outside"));

        Assert.Matches(@"^/people/\d+$", posted.Response.Headers.Location!.OriginalString);
        var page = await _client.FollowAsync(posted);
        Assert.Equal("Grace Hopper", page.Text("h1"));
        Assert.Equal("Added Grace Hopper. Next, set how often you want to keep in touch.", page.Text("[role=status]"));
        Assert.Equal(["Mentor", "Industry peer", "More senior", "Outside my employer"], page.Texts(".chips span"));
        Assert.Equal(["compilers", "navy"], page.Texts("#about .tag"));
    }

    [Fact]
    public async Task Edit_InvalidEmail_ShowsMessageNextToEmailsAndChangesNothing()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Edsger", JobTitle = "Professor" });
        var form = await _client.GetAsync($"/people/{person.Id}/edit");
        Assert.Equal("Professor", form.QuerySelector("#Input_JobTitle")!.GetAttribute("value"));

        var posted = await _client.SubmitAsync(form, "main form", ("Input.JobTitle", "Fellow"), ("Input.Emails", "edsger@example.com, nope"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("'nope' is not a valid e-mail address.", posted.Document.FieldError("Input.Emails"));
        Assert.Equal("Fellow", posted.Document.QuerySelector("#Input_JobTitle")!.GetAttribute("value"));
        var unchanged = await _client.WithServiceAsync<PersonDetail, PeopleService>(s => s.GetAsync(person.Id));
        Assert.Equal("Professor", unchanged.JobTitle);
        Assert.Empty(unchanged.Emails);
    }

    [Fact]
    public async Task Edit_ValidChange_SavesAndShowsItOnThePersonPage()
    {
        var boss = await _client.AddPersonAsync(new PersonInput { FirstName = "Barbara", LastName = "Liskov" });
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Niklaus", Roles = ["colleague"] });
        var form = await _client.GetAsync($"/people/{person.Id}/edit");
        Assert.NotNull(form.QuerySelector("#Input_Roles_colleague[checked]"));

        var posted = await _client.SubmitAsync(form, "main form",
            ("Input.LastName", "Wirth"), ("Input.ReportsToId", boss.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var page = await _client.FollowAsync(posted);
        Assert.Equal("Niklaus Wirth", page.Text("h1"));
        Assert.Equal("Saved changes to Niklaus Wirth.", page.Text("[role=status]"));
        Assert.Equal("Barbara Liskov", page.Text("#about a[href='/people/" + boss.Id + "']"));
        Assert.Equal(["Colleague"], page.Texts(".chips span"));
    }

    [Fact]
    public async Task Edit_UnknownPerson_Returns404Page()
    {
        var page = await _client.GetAsync("/people/98765/edit", HttpStatusCode.NotFound);

        Assert.Equal("Person not found", page.Text("h1"));
    }
}
