using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kith.Core.Interactions;
using Kith.Core.People;

namespace Kith.Web.Tests.Api;

/// <summary>The whole account out through /api/v1/backup and back in through /api/v1/restore.</summary>
public sealed class BackupApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private static readonly string[] PublicSpeaking = ["public speaking"];

    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>A little of everything: people with details, an interaction, a cadence, a follow-up, a goal.</summary>
    private async Task AddSomeOfEverythingAsync()
    {
        var ana = await _client.CreatePersonAsync(new PersonInput
        {
            FirstName = "Ana", LastName = "Lima", Emails = ["ana@backupco.example"], Organisation = "Backupco",
            Roles = ["mentor"], Tags = ["book club"], Notes = "Prefers mornings.", MetOn = "2024-10-09",
        });
        var bob = await _client.CreatePersonAsync("Bob", "Stone");
        (await _client.PostJsonAsync("/api/v1/interactions", new InteractionInput
        {
            PersonIds = [ana.Id, bob.Id], OccurredAt = "2026-03-10", Kind = "lunch", Summary = "Lunch at the canteen", Exchange = "gave",
        })).EnsureSuccessStatusCode();
        (await _client.PutJsonAsync($"/api/v1/people/{ana.Id}/cadence", new { every = 30, unit = "days" })).EnsureSuccessStatusCode();
        (await _client.PostJsonAsync("/api/v1/follow-ups", new { personId = bob.Id, description = "Send the article", dueOn = "2026-03-20" })).EnsureSuccessStatusCode();
        (await _client.PostJsonAsync("/api/v1/goals", new { title = "Lead a team of five", horizon = "two-years", areas = PublicSpeaking })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Backup_ThenRestoreIntoAFreshAccount_GivesBackTheSameDocument()
    {
        await AddSomeOfEverythingAsync();
        var response = await _client.GetAsync("/api/v1/backup");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("kith-backup-2026-03-16.json", response.Content.Headers.ContentDisposition?.FileNameStar);
        var backup = await response.Content.ReadAsStringAsync();
        Assert.Equal(1, JsonDocument.Parse(backup).RootElement.GetProperty("schemaVersion").GetInt32());

        await using var fresh = new KithWebFactory();
        var client = fresh.CreateClient();
        var restored = await client.SendRawAsync(HttpMethod.Post, "/api/v1/restore", backup);

        var counts = await restored.ReadJsonAsync();
        Assert.True(counts.GetProperty("rows").GetProperty("people").GetInt32() >= 2);
        Assert.Equal(backup, await client.GetStringAsync("/api/v1/backup"));
        var people = await client.PeopleNamedAsync("Backupco");
        var ana = await client.GetOkAsync<PersonDetail>($"/api/v1/people/{Assert.Single(people).Id}");
        Assert.Equal("Prefers mornings.", ana.Notes);
        Assert.NotNull(ana.Cadence);
        Assert.Equal("Lunch at the canteen", Assert.Single((await client.GetOkAsync<PageBody<InteractionView>>($"/api/v1/people/{ana.Id}/interactions")).Items).Summary);
    }

    [Fact]
    public async Task Restore_MultipartFileIntoAFreshAccount_ReturnsTheCounts()
    {
        await _client.CreatePersonAsync("Carla", "Multipart");
        var backup = await _client.GetByteArrayAsync("/api/v1/backup");
        await using var fresh = new KithWebFactory();
        var client = fresh.CreateClient();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(backup);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "file", "kith-backup-2026-03-16.json");

        var counts = await (await client.PostAsync("/api/v1/restore", form)).ReadJsonAsync();

        Assert.Equal(await _client.CountPeopleAsync(), await client.CountPeopleAsync());
        Assert.True(counts.GetProperty("rows").GetProperty("people").GetInt32() >= 1);
        Assert.Single(await client.PeopleNamedAsync("Multipart"));
    }

    [Fact]
    public async Task Restore_IntoAnAccountWithPeople_Returns400AndChangesNothing()
    {
        await _client.CreatePersonAsync("Dora", "Already");
        var backup = await _client.GetStringAsync("/api/v1/backup");
        var before = await _client.CountPeopleAsync();

        var problem = await (await _client.SendRawAsync(HttpMethod.Post, "/api/v1/restore", backup)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.Errors!);
        Assert.Equal(before, await _client.CountPeopleAsync());
    }

    [Fact]
    public async Task Restore_DocumentThatIsNotABackup_Returns400OnFile()
    {
        await using var fresh = new KithWebFactory();
        var client = fresh.CreateClient();

        var response = await client.PostAsync("/api/v1/restore", new StringContent("{\"people\": [", Encoding.UTF8, "application/json"));

        var errors = await response.ReadFieldErrorsAsync("file");
        Assert.NotEmpty(errors["file"][0]);
        Assert.Equal(0, await client.CountPeopleAsync());
    }
}
