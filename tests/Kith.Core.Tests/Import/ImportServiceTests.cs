using System.Text;
using Kith.Core.Import;
using Kith.Core.Interactions;
using Kith.Core.People;
using Kith.Core.Tests.Mentoring;

namespace Kith.Core.Tests.Import;

/// <summary>Preview then commit through the real service on a real SQLite file, with files made in the test.</summary>
public sealed class ImportServiceTests : MentoringTestBase
{
    private const string LinkedInHeader = """
        Notes:
        "When exporting your connection data, you may notice that some of the email addresses are missing."

        First Name,Last Name,URL,Email Address,Company,Position,Connected On
        """;

    private static string LinkedIn(params string[] rows) => LinkedInHeader + "\n" + string.Join("\n", rows) + "\n";

    private static Func<Stream> FileOf(string text) => () => new MemoryStream(Encoding.UTF8.GetBytes(text));

    private Task<ImportPreview> PreviewAsync(string text, ImportOptions? options = null) =>
        With<ImportService, ImportPreview>(s => s.PreviewAsync(FileOf(text), options ?? new ImportOptions()));

    private Task<ImportResult> CommitAsync(string text, ImportChoices? choices = null, ImportOptions? options = null) =>
        With<ImportService, ImportResult>(s => s.CommitAsync(FileOf(text), options ?? new ImportOptions(), choices ?? new ImportChoices()));

    private async Task<List<PersonDetail>> EveryoneAsync()
    {
        var page = await With<PeopleService, Kith.Core.Common.Page<PersonSummary>>(s => s.ListAsync(new PeopleQuery { PageSize = 100 }));
        var people = new List<PersonDetail>();
        foreach (var p in page.Items) people.Add(await With<PeopleService, PersonDetail>(s => s.GetAsync(p.Id)));
        return people;
    }

    private static readonly string[] Connections =
    [
        "Ana,Lima,https://www.linkedin.com/in/ana-lima,ana@acme.example,Acme,Head of Treasury,09 Oct 2024",
        "Bob,Stone,https://www.linkedin.com/in/bob-stone,,\"Initech, Inc.\",\"Engineer, \"\"Platform\"\"\",15 Mar 2023",
        ",,,,,,01 Jan 2022",
        "Zoë,Ng 🌱,https://www.linkedin.com/in/zoe-ng,,Globex,Designer,28 Feb 2026",
    ];

    [Fact]
    public async Task Preview_LinkedInExport_ShowsNewRowsAndIgnoresRowsBlankButForTheDate()
    {
        var preview = await PreviewAsync(LinkedIn(Connections));

        Assert.Equal(ImportFormat.LinkedIn, preview.Format);
        Assert.Equal(new ImportCounts(4, 3, 0, 0, 0, 0, 1), preview.Counts);
        Assert.Equal(["Ana Lima", "Bob Stone", "", "Zoë Ng 🌱"], preview.Rows.Select(r => r.Name));
        Assert.Equal([5, 6, 7, 8], preview.Rows.Select(r => r.Line));
        Assert.Empty(await EveryoneAsync());
    }

    [Fact]
    public async Task Commit_AfterNetworkHealthWasViewed_HealthCountsTheImportedPeople()
    {
        // New people go in through prepared INSERTs, not SaveChanges; health must not keep its old view.
        Assert.Equal(0, (await With<Kith.Core.Health.HealthService, Kith.Core.Health.HealthView>(s => s.GetAsync())).People);

        await CommitAsync(LinkedIn(Connections));

        Assert.Equal(3, (await With<Kith.Core.Health.HealthService, Kith.Core.Health.HealthView>(s => s.GetAsync())).People);
    }

    [Fact]
    public async Task Commit_LinkedInExport_CreatesPeopleWithOrganisationTitleAndDayWeMet()
    {
        var result = await CommitAsync(LinkedIn(Connections), options: new ImportOptions { Tag = "linkedin" });

        Assert.Equal(new ImportResult(3, 0, 0, 0, 1), result);
        var people = await EveryoneAsync();
        var bob = Assert.Single(people, p => p.FirstName == "Bob");
        Assert.Equal("Initech, Inc.", bob.Organisation);
        Assert.Equal("Engineer, \"Platform\"", bob.JobTitle);
        Assert.Equal(new DateOnly(2023, 3, 15), bob.MetOn);
        Assert.Equal("https://www.linkedin.com/in/bob-stone", bob.LinkedInUrl);
        Assert.Equal(["linkedin"], bob.Tags);
        var ana = Assert.Single(people, p => p.FirstName == "Ana");
        Assert.Equal(["ana@acme.example"], ana.Emails);
        Assert.Contains(people, p => p.DisplayName == "Zoë Ng 🌱");
    }

    [Fact]
    public async Task Commit_SameFileTwice_CreatesNoDuplicates()
    {
        var file = LinkedIn(Connections);
        await CommitAsync(file);

        var again = await PreviewAsync(file);
        var second = await CommitAsync(file);

        Assert.Equal(3, again.Counts.Unchanged);
        Assert.Equal(0, again.Counts.New);
        Assert.Equal(new ImportResult(0, 0, 0, 3, 1), second);
        Assert.Equal(3, (await EveryoneAsync()).Count);
    }

    [Fact]
    public async Task Preview_KnownPersonWithNewDetails_IsAnUpdateThatFillsOnlyWhatIsMissing()
    {
        var ana = await AddAsync(new PersonBuilder("Ana", "Lima").WithEmail("ana@acme.example").At("Acme Corp"));

        var preview = await PreviewAsync(LinkedIn(Connections[0]));
        await CommitAsync(LinkedIn(Connections[0]));

        var row = Assert.Single(preview.Rows);
        Assert.Equal(RowStatus.Update, row.Status);
        Assert.Equal(ana, row.Match?.Id);
        Assert.Equal("same e-mail ana@acme.example", row.MatchReason);
        Assert.Contains("fills job title: Head of Treasury", row.Changes);
        var after = await With<PeopleService, PersonDetail>(s => s.GetAsync(ana));
        Assert.Equal("Acme Corp", after.Organisation);
        Assert.Equal("Head of Treasury", after.JobTitle);
        Assert.Equal(new DateOnly(2024, 10, 9), after.MetOn);
    }

    [Theory]
    [InlineData(RowChoice.Skip, 1)]
    [InlineData(RowChoice.KeepBoth, 2)]
    [InlineData(RowChoice.Merge, 1)]
    public async Task Commit_PossibleDuplicate_DoesWhatTheUserChose(RowChoice choice, int bobs)
    {
        var bob = await AddAsync(new PersonBuilder("Bob", "Stone").At("Initech, Inc."));
        var file = LinkedIn("Bobby,Stone,,,\"Initech, Inc.\",Engineer,15 Mar 2023");

        var preview = await PreviewAsync(file);
        var row = Assert.Single(preview.Rows);
        await CommitAsync(file, new ImportChoices { ByLine = new Dictionary<int, RowChoice> { [row.Line] = choice } });

        Assert.Equal(RowStatus.PossibleDuplicate, row.Status);
        Assert.Equal(bob, row.Match?.Id);
        Assert.Equal("similar name at Initech, Inc.", row.MatchReason);
        var people = await EveryoneAsync();
        Assert.Equal(bobs, people.Count);
        Assert.Equal(choice == RowChoice.Merge ? "Engineer" : null, people.Single(p => p.Id == bob).JobTitle);
    }

    [Fact]
    public async Task Commit_SamePersonTwiceInOneFile_BecomesOnePersonWithBothDetails()
    {
        var file = LinkedIn(
            "Ana,Lima,,ana@acme.example,Acme,,09 Oct 2024",
            "Ana,Lima,https://www.linkedin.com/in/ana-lima,ana@acme.example,Acme,Treasurer,09 Oct 2024");

        var result = await CommitAsync(file);

        Assert.Equal(new ImportResult(1, 1, 0, 0, 0), result);
        var ana = Assert.Single(await EveryoneAsync());
        Assert.Equal("Treasurer", ana.JobTitle);
        Assert.Equal("https://www.linkedin.com/in/ana-lima", ana.LinkedInUrl);
    }

    [Fact]
    public async Task Commit_RowWithAnError_ImportsNothingAndNamesTheLineAndField()
    {
        var file = LinkedIn(Connections[0], "Bob,Stone,,bob-at-initech,Initech,,15 Mar 2023", Connections[3]);

        var preview = await PreviewAsync(file);
        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => CommitAsync(file));

        Assert.Equal(1, preview.Counts.Error);
        var row = Assert.Single(error.ErrorRows);
        Assert.Equal(6, row.Line);
        Assert.Equal("E-mail", Assert.Single(row.Errors).Field);
        Assert.Contains("Line 6: E-mail: 'bob-at-initech' is not a valid e-mail address.", error.Message);
        Assert.Empty(await EveryoneAsync());
    }

    [Fact]
    public async Task Commit_RowWithAnErrorAndSkipErrors_ImportsTheOtherRows()
    {
        var file = LinkedIn(Connections[0], "Bob,Stone,,bob-at-initech,Initech,,15 Mar 2023");

        var result = await CommitAsync(file, new ImportChoices { SkipErrors = true });

        Assert.Equal(new ImportResult(1, 0, 0, 0, 1), result);
        Assert.Equal("Ana", Assert.Single(await EveryoneAsync()).FirstName);
    }

    [Fact]
    public async Task Commit_FileBrokenAfterManyGoodRows_ImportsNothing()
    {
        var rows = Enumerable.Range(0, 1_200).Select(i => $"Person,Number{i},,p{i}@example.com,Acme,,09 Oct 2024").ToList();
        rows.Add("\"Broken,Row,,,,,09 Oct 2024");

        var error = await Assert.ThrowsAsync<ImportFileException>(() => CommitAsync(LinkedIn(rows.ToArray())));

        Assert.Equal(1_205, error.Line);
        Assert.Empty(await EveryoneAsync());
    }

    [Fact]
    public async Task Commit_ImportIntoPersonWithInteractions_KeepsTheirTimeline()
    {
        var ana = await AddAsync(new PersonBuilder("Ana", "Lima").WithEmail("ana@acme.example"));
        await With<InteractionService, InteractionView>(s => s.LogAsync(new InteractionInput { PersonIds = [ana], OccurredAt = "2026-03-01", Kind = "coffee", Summary = "Coffee" }));

        await CommitAsync(LinkedIn(Connections[0]));

        var timeline = await With<InteractionService, Kith.Core.Common.Page<InteractionView>>(s => s.ListAsync(new InteractionQuery { PersonId = ana }));
        Assert.Equal("Coffee", Assert.Single(timeline.Items).Summary);
    }

    [Fact]
    public async Task Commit_ThirtyThousandRows_ImportsAllWithRisingProgress()
    {
        const int count = 30_000;
        var path = Path.Combine(Path.GetTempPath(), $"kith-linkedin-{Guid.NewGuid():N}.csv");
        try
        {
            await using (var file = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                await file.WriteLineAsync(LinkedInHeader);
                for (var i = 0; i < count; i++)
                    await file.WriteLineAsync($"First{i},Last{i},https://www.linkedin.com/in/p{i},,Company {i % 500},Role,09 Oct 2024");
            }
            var reports = new List<ImportProgress>();
            var progress = new SynchronousProgress(reports.Add);

            var result = await With<ImportService, ImportResult>(s => s.CommitAsync(() => File.OpenRead(path), new ImportOptions(), new ImportChoices(), progress));

            Assert.Equal(count, result.Created);
            Assert.True(reports.Count >= count / 250, $"only {reports.Count} progress reports");
            Assert.Equal(reports.Select(r => r.RowsDone).Order(), reports.Select(r => r.RowsDone));
            Assert.Equal(new FileInfo(path).Length, reports[^1].TotalBytes);
            Assert.Equal(reports[^1].TotalBytes, reports[^1].BytesRead);
            var total = await With<PeopleService, Kith.Core.Common.Page<PersonSummary>>(s => s.ListAsync(new PeopleQuery { PageSize = 1 }));
            Assert.Equal(count, total.TotalCount);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; a test wants every report, in order.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
