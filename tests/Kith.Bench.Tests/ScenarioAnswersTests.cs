using Kith.Bench.Data;
using Kith.Bench.Harness;
using Kith.Bench.Scenarios;

namespace Kith.Bench.Tests;

/// <summary>
/// The benchmark's smoke test (size S): every scenario runs, and Kith and its baseline give the same
/// answer, which is not empty. No timing is judged here; that is the benchmark's job (docs/performance.md).
/// </summary>
public sealed class ScenarioAnswersTests(BenchData data) : IClassFixture<BenchData>
{
    [Fact]
    public async Task Generator_SizeS_WritesTheCountsItPromises()
    {
        Assert.Equal(DataSize.S.People, await data.Sql.ScalarAsync<int>("SELECT COUNT(*) FROM People WHERE IsMe = 0", default));
        Assert.Equal(DataSize.S.Interactions, await data.Sql.ScalarAsync<int>("SELECT COUNT(*) FROM Interactions", default));
        Assert.Equal(DataSize.S.InteractionNotes, await data.Sql.ScalarAsync<int>("SELECT COUNT(*) FROM Interactions WHERE Notes IS NOT NULL", default));
        // The full-text tables were filled by Kith's triggers.
        Assert.True(await data.Sql.ScalarAsync<int>("SELECT COUNT(*) FROM InteractionsSearch WHERE InteractionsSearch MATCH 'roadmap'", default) > 0);
    }

    [Fact]
    public async Task Agenda_KithAndBaseline_GiveTheSameRanking() =>
        await AssertSameAnswerAsync(AgendaScenario.Create(data.Kith, data.Sql, 1), minLength: 200);

    [Theory]
    [InlineData(1, 200)]
    [InlineData(2, 100)]
    [InlineData(3, 3)] // Past the last page at size S: only the total.
    public async Task PeopleList_KithAndBaseline_GiveTheSamePage(int page, int minLength) =>
        await AssertSameAnswerAsync(PeopleListScenarios.Filtered(data.Kith, data.Sql, 1, page), minLength);

    [Theory]
    [InlineData("sabbatical")]
    [InlineData("mig")]
    [InlineData("initech")]
    public async Task Search_KithAndBaseline_FindTheSamePeople(string word) =>
        await AssertSameAnswerAsync(PeopleListScenarios.Search(data.Kith, data.Sql, "word", word, 1), minLength: 200);

    [Fact]
    public async Task PersonPage_KithAndBaseline_ShowTheSamePersonAndTimeline()
    {
        var busiest = await data.Sql.ScalarAsync<int>("SELECT PersonId FROM InteractionParticipants GROUP BY PersonId ORDER BY COUNT(*) DESC, PersonId LIMIT 1", default);
        await AssertSameAnswerAsync(PersonPageScenario.Create(data.Kith, data.Sql, busiest, 1), minLength: 100);
    }

    [Fact]
    public async Task Backup_KithAndBaseline_WriteTheSameRowsPerSection()
    {
        var output = Path.Combine(data.Workspace.Folder, "backup.json");
        await AssertSameAnswerAsync(BackupScenario.Create(data.Kith, data.Sql, output, 1), minLength: 100);
    }

    [Fact]
    public async Task Import_KithAndBaseline_LeaveTheSamePeople()
    {
        var empty = await data.Workspace.EnsureEmptyDatabaseAsync(default);
        var csv = await data.Workspace.EnsureLinkedInFileAsync(default);
        var (scenario, host) = await ImportScenario.CreateAsync(empty, Path.Combine(data.Workspace.Folder, "import.db"), csv, 1, default);
        await using (host)
            await AssertSameAnswerAsync(scenario, minLength: 10);
    }

    private static async Task AssertSameAnswerAsync(Scenario scenario, int minLength)
    {
        var (kith, baseline) = await Runner.AnswersAsync(scenario, default);
        Assert.True(kith.Length >= minLength, $"Kith's answer is too short to mean anything: \"{kith}\"");
        Assert.Equal(baseline, kith);
    }
}
