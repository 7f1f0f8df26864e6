using System.Net;
using Kith.Core.People;

namespace Kith.Web.Tests.Pages.People;

/// <summary>/people/{id}/delete: a confirmation step before anything is removed.</summary>
public sealed class DeletePageTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Get_AsksForConfirmationAndDeletesNothing()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Dee", LastName = "Lete" });

        var page = await _client.GetAsync($"/people/{person.Id}/delete");

        Assert.Equal("Delete Dee Lete?", page.Text("h1"));
        Assert.Equal("Yes, delete Dee Lete", page.Text("main form button"));
        await _client.GetAsync($"/people/{person.Id}");
    }

    [Fact]
    public async Task Post_Confirmed_DeletesAndReturnsToTheListWithStatus()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Gone", LastName = "Soon" });
        var page = await _client.GetAsync($"/people/{person.Id}/delete");

        var posted = await _client.SubmitAsync(page, "main form");

        Assert.Equal("/people", posted.Response.Headers.Location!.OriginalString);
        var list = await _client.FollowAsync(posted);
        Assert.Equal("Deleted Gone Soon.", list.Text("[role=status]"));
        await _client.GetAsync($"/people/{person.Id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Post_Me_ExplainsWhyAndKeepsTheRecord()
    {
        var me = await _client.WithServiceAsync<PersonDetail, PeopleService>(s => s.GetMeAsync());
        var page = await _client.GetAsync($"/people/{me.Id}/delete");

        var posted = await _client.SubmitAsync(page, "main form");

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("This is you; your own record cannot be deleted.", posted.Document.Text(".error-summary li"));
        await _client.GetAsync($"/people/{me.Id}");
    }
}
