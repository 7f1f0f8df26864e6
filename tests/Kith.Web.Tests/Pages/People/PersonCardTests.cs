using System.Net;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Web.Tests.Pages.People;

/// <summary>The person page's card details: birthday, addresses, photo and the vCard download; and the form that edits them.</summary>
public sealed class PersonCardTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    // The smallest valid PNG: one transparent pixel.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Get_BirthdayAndAddresses_ShowsThemInAbout()
    {
        var person = await _client.AddPersonAsync(new PersonInput
        {
            FirstName = "Beatriz", LastName = "Birthday", Birthday = "1988-05-04",
            Addresses = [new AddressInput { Label = "work", Street = "12 Rua Augusta", Locality = "Lisboa", PostalCode = "1100-053", Country = "Portugal" }],
        });

        var page = await _client.GetAsync($"/people/{person.Id}");

        Assert.Equal("4 May 1988", page.Text("#about time[datetime='1988-05-04']"));
        Assert.Equal("12 Rua Augusta, Lisboa, 1100-053, Portugal (work)", page.Text("#about .addresses li"));
        Assert.Null(page.QuerySelector("img.person-photo"));
    }

    [Fact]
    public async Task GetPhoto_StoredPng_ShownOnThePageAndServedWithItsTypeAndNosniff()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Pia", LastName = "Picture" });
        await SetPhotoAsync(person.Id, Png, "image/png");

        var page = await _client.GetAsync($"/people/{person.Id}");
        var image = page.QuerySelector("img.person-photo")!;
        Assert.Equal("Photo of Pia Picture", image.GetAttribute("alt"));

        using var response = await _client.GetResponseAsync(image.GetAttribute("src")!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal(Png, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GetPhoto_SvgFromACard_ServedOnlyAsADownloadNeverAsAnImage()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Sven", LastName = "Svg" });
        var svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"u8.ToArray();
        await SetPhotoAsync(person.Id, svg, "image/svg+xml");

        using var response = await _client.GetResponseAsync($"/people/{person.Id}?handler=Photo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task GetPhoto_PersonWithoutPhoto_Returns404()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Nadia", LastName = "Nophoto" });

        using var response = await _client.GetResponseAsync($"/people/{person.Id}?handler=Photo");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetVCard_OnePerson_DownloadsTheirCardNamedAfterThem()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Zoë", LastName = "Cardwell", Emails = ["zoe@example.org"] });
        var page = await _client.GetAsync($"/people/{person.Id}");
        var link = page.QuerySelector("#about a[href$='handler=VCard']")!;
        Assert.StartsWith("Download vCard", link.TextContent.Trim());

        using var response = await _client.GetResponseAsync(link.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/vcard", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("zoe-cardwell.vcf", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var card = await response.Content.ReadAsStringAsync();
        Assert.Contains("FN:Zoë Cardwell", card);
        Assert.Contains("zoe@example.org", card);
        Assert.Single(card.Split("BEGIN:VCARD").Skip(1));
    }

    [Fact]
    public async Task GetVCard_UnknownPerson_Returns404Page()
    {
        var page = await _client.GetAsync("/people/97531?handler=VCard", HttpStatusCode.NotFound);

        Assert.Equal("Person not found", page.Text("h1"));
    }

    [Fact]
    public async Task Edit_ChangeBirthdayLeavingAddresses_KeepsTheAddresses()
    {
        var person = await _client.AddPersonAsync(new PersonInput
        {
            FirstName = "Kasimir", Birthday = "1970-01-02",
            Addresses = [new AddressInput { Label = "home", PoBox = "PO Box 7", Street = "1 Main St", Locality = "Springfield" }],
        });
        var form = await _client.GetAsync($"/people/{person.Id}/edit");
        Assert.Equal("1970-01-02", form.QuerySelector("#Input_Birthday")!.GetAttribute("value"));
        Assert.Equal("PO Box 7", form.QuerySelector("#Input_Addresses_0__PoBox")!.GetAttribute("value"));

        var posted = await _client.SubmitAsync(form, "main form", ("Input.Birthday", "1971-02-03"));

        await _client.FollowAsync(posted);
        var saved = await _client.WithServiceAsync<PersonDetail, PeopleService>(s => s.GetAsync(person.Id));
        Assert.Equal(new DateOnly(1971, 2, 3), saved.Birthday);
        var address = Assert.Single(saved.Addresses!);
        Assert.Equal(("home", "PO Box 7", "1 Main St", "Springfield"), (address.Label, address.PoBox, address.Street, address.Locality));
    }

    [Fact]
    public async Task Edit_AddAnAddressInTheEmptyRow_ShowsItOnThePage()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Adelheid", LastName = "Address" });
        var form = await _client.GetAsync($"/people/{person.Id}/edit");
        Assert.Equal("Add an address", form.Text("#Input_Addresses .address-row legend"));

        var posted = await _client.SubmitAsync(form, "main form",
            ("Input.Addresses[0].Label", "home"), ("Input.Addresses[0].Street", "5 Elm Road"), ("Input.Addresses[0].Locality", "Leeds"));

        var page = await _client.FollowAsync(posted);
        Assert.Equal("5 Elm Road, Leeds (home)", page.Text("#about .addresses li"));
    }

    [Fact]
    public async Task Edit_AddressTooLong_ShowsTheMessageOnItsRowAndSavesNothing()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Lorenz", LastName = "Long" });
        var form = await _client.GetAsync($"/people/{person.Id}/edit");

        var posted = await _client.SubmitAsync(form, "main form", ("Input.Addresses[0].Street", new string('x', 201)));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.StartsWith("Keep this under 200 characters", posted.Document.FieldError("Input.Addresses[0].Street"));
        Assert.Equal("#Input_Addresses_0__Street", posted.Document.QuerySelector(".error-summary a")!.GetAttribute("href"));
        var saved = await _client.WithServiceAsync<PersonDetail, PeopleService>(s => s.GetAsync(person.Id));
        Assert.Empty(saved.Addresses!);
    }

    [Fact]
    public async Task New_WithBirthdayInTheFuture_ShowsMessageNextToBirthday()
    {
        var form = await _client.GetAsync("/people/new");

        var posted = await _client.SubmitAsync(form, "main form", ("Input.FirstName", "Futura"), ("Input.Birthday", "2030-01-01"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Contains("is in the future", posted.Document.FieldError("Input.Birthday"));
    }

    /// <summary>Photos only arrive with imported cards; the test puts one in place the way an import would store it.</summary>
    private async Task SetPhotoAsync(int personId, byte[] data, string mediaType)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
        var person = await db.People.FindAsync(personId);
        person!.Photo = data;
        person.PhotoMediaType = mediaType;
        await db.SaveChangesAsync();
    }
}
