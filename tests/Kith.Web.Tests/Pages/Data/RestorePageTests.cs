using System.Net;
using Kith.Core.Interactions;
using Kith.Core.People;

namespace Kith.Web.Tests.Pages.Data;

/// <summary>Restoring a backup from /data: into an empty Kith it brings everything back; otherwise it changes nothing and says why.</summary>
public sealed class RestorePageTests(KithWebFactory source) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _source = new(source);

    [Fact]
    public async Task PostRestore_IntoEmptyKith_BringsThePeopleBackAndShowsCounts()
    {
        var backup = await BackupWithPeopleAsync("Rita", "Restored");
        using var target = new KithWebFactory();
        var client = new UploadClient(target);
        var page = await client.GetAsync("/data");

        var posted = await client.UploadAsync(page, "#restore form", "BackupFile", "kith-backup-2026-03-16.json", backup);

        Assert.Equal("/data#restore", posted.Response.Headers.Location!.OriginalString);
        var after = await client.FollowAsync(posted);
        var status = after.Text("[role=status]");
        Assert.StartsWith("Backup restored", status);
        Assert.Matches(@"people: \d+", status);
        Assert.Matches(@"interactions: \d+", status);
        var people = await client.GetAsync("/people?search=Restored");
        Assert.Contains("Rita Restored", people.Texts(".person-link"));
    }

    [Fact]
    public async Task PostRestore_IntoKithInUse_RefusesNextToTheFieldAndChangesNothing()
    {
        var backup = await BackupWithPeopleAsync("Nora", "Nonempty");
        var before = await PeopleCountAsync(source);
        var client = new UploadClient(source);
        var page = await client.GetAsync("/data");

        var posted = await client.UploadAsync(page, "#restore form", "BackupFile", "kith-backup.json", backup);

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Contains("can only be restored into an empty", posted.Document.FieldError("BackupFile"));
        Assert.Equal("true", posted.Document.QuerySelector("#BackupFile")!.GetAttribute("aria-invalid"));
        Assert.Equal(before, await PeopleCountAsync(source));
    }

    [Fact]
    public async Task PostRestore_TruncatedJson_ShowsTheLineAndWritesNothing()
    {
        var backup = await BackupWithPeopleAsync("Tru", "Cated");
        var truncated = backup[..(backup.Length / 2)];
        using var target = new KithWebFactory();
        var client = new UploadClient(target);
        var page = await client.GetAsync("/data");

        var posted = await client.UploadAsync(page, "#restore form", "BackupFile", "broken.json", truncated);

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Matches(@"^broken\.json could not be restored\. Line \d+: .+", posted.Document.FieldError("BackupFile"));
        Assert.Equal(0, await PeopleCountAsync(target));
    }

    [Fact]
    public async Task PostRestore_NoFile_AsksForOne()
    {
        var client = new UploadClient(source);
        var page = await client.GetAsync("/data");

        var posted = await client.UploadAsync(page, "#restore form", "BackupFile", "empty.json", []);

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.StartsWith("Choose the backup file to restore", posted.Document.FieldError("BackupFile"));
        Assert.StartsWith("#BackupFile", posted.Document.QuerySelector(".error-summary a")!.GetAttribute("href"));
    }

    /// <summary>Adds a person with one interaction to the source Kith and downloads its backup, as a user would.</summary>
    private async Task<byte[]> BackupWithPeopleAsync(string first, string last)
    {
        var person = await _source.AddPersonAsync(new PersonInput { FirstName = first, LastName = last, Emails = [$"{first.ToLowerInvariant()}@example.org"] });
        await _source.WithServiceAsync<InteractionView, InteractionService>(s =>
            s.LogAsync(new InteractionInput { PersonIds = [person.Id], OccurredAt = "2026-03-10", Kind = "coffee", Summary = "Coffee before the backup" }));
        using var response = await _source.GetResponseAsync("/data?handler=Backup");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Everyone but me, as the people list counts them.</summary>
    private static async Task<int> PeopleCountAsync(KithWebFactory factory) =>
        await new PageClient(factory).WithServiceAsync<int, PeopleService>(async s => (await s.ListAsync(new PeopleQuery())).TotalCount);
}
