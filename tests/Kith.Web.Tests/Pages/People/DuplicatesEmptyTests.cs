namespace Kith.Web.Tests.Pages.People;

/// <summary>/people/duplicates in a Kith with no look-alikes (its own database, so no other test adds any).</summary>
public sealed class DuplicatesEmptyTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Get_NoLookAlikes_SaysNoDuplicatesFound()
    {
        await _client.AddPersonAsync(new() { FirstName = "Una", LastName = "Unique", Emails = ["una@example.org"] });
        await _client.AddPersonAsync(new() { FirstName = "Otto", LastName = "Other", Emails = ["otto@example.org"] });

        var page = await _client.GetAsync("/people/duplicates");

        Assert.Equal("No duplicates found.", page.Text(".empty-state strong"));
        Assert.Empty(page.QuerySelectorAll("form.merge-form"));
    }
}
