namespace Kith.Cli.Tests.Commands.Pitch;

public sealed class PitchCommandTests : IDisposable
{
    private const string Everyday = "I look after the data our finance team reports from, and I am looking for people who know the budget cycle.";

    private readonly CliTestHost _kith = new();
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"kith-pitch-{Guid.NewGuid():N}.txt");

    public void Dispose()
    {
        File.Delete(_file);
        _kith.Dispose();
    }

    [Fact]
    public async Task Set_AShortPitch_SaysItsLengthWithoutAWarning()
    {
        var output = await _kith.OkAsync("pitch", "set", "everyday", Everyday);

        Assert.Matches(@"^Saved your everyday pitch \(#\d+\): 21 words, about 10 seconds\.\n" +
            @"Say it out loud and time it: kith pitch practice everyday --seconds <n> --rating <1-5>\n$", output);
    }

    [Fact]
    public async Task Set_PastAMinute_WarnsAndSaysHowManyWordsToCut()
    {
        var output = await _kith.OkAsync("pitch", "set", "event", Words(150));

        Assert.Contains("150 words, about 69 seconds.", output, StringComparison.Ordinal);
        Assert.Contains("! About 69 seconds: past a minute, people stop listening. Cut about 20 words.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Set_Again_ReplacesTheVersionForThatAudience()
    {
        var first = (await _kith.JsonAsync("pitch", "set", "everyday", "Old words")).GetProperty("id").GetInt32();

        var second = await _kith.JsonAsync("pitch", "set", "everyday", Everyday);
        var list = await _kith.JsonAsync("pitch");

        Assert.Equal(first, second.GetProperty("id").GetInt32());
        Assert.Equal(1, list.GetArrayLength());
        Assert.Equal(Everyday, list[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Set_FromAFile_ReadsTheFile()
    {
        await File.WriteAllTextAsync(_file, Everyday + "\n");

        var pitch = await _kith.JsonAsync("pitch", "set", "job-search", "--file", _file);

        Assert.Equal("job-search", pitch.GetProperty("audience").GetString());
        Assert.Equal(Everyday, pitch.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Set_Dash_ReadsStandardInput()
    {
        var result = await _kith.RunWithInputAsync(Everyday + "\n", "pitch", "set", "event", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Saved your event pitch", result.Output, StringComparison.Ordinal);
        Assert.Contains(Everyday, await _kith.OkAsync("pitch"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Set_FileThatDoesNotExist_FailsNamingFile()
    {
        var result = await _kith.RunAsync("pitch", "set", "event", "--file", _file);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith($"error: --file: cannot read {_file}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Set_UnknownAudienceAndNoText_NamesBoth()
    {
        var result = await _kith.RunAsync("pitch", "set", "lift");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error: <audience>: Unknown audience 'lift'. Use one of: everyday, event, job-search.", result.Error, StringComparison.Ordinal);
        Assert.Contains("error: <text>: Write what you would say", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_PastAMinute_IsLoggedWithAWarning()
    {
        await _kith.OkAsync("pitch", "set", "everyday", Everyday);

        var output = await _kith.OkAsync("pitch", "practice", "everyday", "--seconds", "75", "--rating", "3", "--notes", "Too slow at the end");

        Assert.Equal("Practised your everyday pitch on 2026-03-16: 75 seconds, rated 3 of 5.\n" +
            "! 75 seconds is past a minute: people stop listening. Cut it down and practise again.\n" +
            "1 practice run so far, average rating 3.0.\n", output);
    }

    [Fact]
    public async Task Practice_ByNumber_ShowsInTheList()
    {
        var id = (await _kith.JsonAsync("pitch", "set", "everyday", Everyday)).GetProperty("id").GetInt32();
        await _kith.OkAsync("pitch", "practice", $"#{id}", "--seconds", "40", "--rating", "4");
        await _kith.OkAsync("pitch", "practice", $"{id}", "--seconds", "35", "--rating", "5", "--on", "2026-03-14");

        var output = await _kith.OkAsync("pitch");

        Assert.Matches($@"│ {id} │ everyday │ 21\s+│ about 10 s │ 2 times, average 4.5, last 2026-03-16 │", output);
        Assert.Contains("No version yet for: event, job-search.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("! 40 seconds", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_RatingOutOfRange_FailsNamingRating()
    {
        var result = await _kith.RunAsync("pitch", "practice", "everyday", "--seconds", "40", "--rating", "6");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --rating: must be between 1 and 5.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_WithoutSeconds_FailsNamingSeconds()
    {
        await _kith.OkAsync("pitch", "set", "everyday", Everyday);

        var result = await _kith.RunAsync("pitch", "practice", "everyday", "--rating", "4");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --seconds: Say how long it took", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_AudienceWithoutAVersion_ExitsNotFound()
    {
        var result = await _kith.RunAsync("pitch", "practice", "job-search", "--seconds", "40", "--rating", "4");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.StartsWith("error: <pitch>: there is no job-search pitch yet", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pitch_NoneYet_SaysHowToWriteOne()
    {
        Assert.StartsWith("No pitch yet.", await _kith.OkAsync("pitch"), StringComparison.Ordinal);
    }

    private static string Words(int count) => string.Join(' ', Enumerable.Repeat("word", count));
}
