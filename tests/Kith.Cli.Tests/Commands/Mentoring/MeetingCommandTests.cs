using Ical.Net;

namespace Kith.Cli.Tests.Commands.Mentoring;

public sealed class MeetingCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();
    private readonly string _invite = Path.Combine(Path.GetTempPath(), $"kith-invite-{Guid.NewGuid():N}.ics");

    public void Dispose()
    {
        File.Delete(_invite);
        _kith.Dispose();
    }

    [Fact]
    public async Task ProposeChooseInvite_SeveralTimes_TheInviteHoldsTheChosenOne()
    {
        var mentorship = await ActiveMentorshipAsync();

        var proposed = await _kith.JsonAsync("meeting", "propose", $"{mentorship}", "--time", "2026-03-24T12:30", "--time", "2026-03-26T08:00",
            "--duration", "45", "--location", "Café Lisboa");
        var meeting = proposed.GetProperty("id").GetInt32();
        var second = proposed.GetProperty("proposals")[1];
        var chosen = await _kith.OkAsync("meeting", "choose", $"{meeting}", $"{second.GetProperty("id").GetInt32()}");
        var wrote = await _kith.OkAsync("meeting", "invite", $"{meeting}", "-o", _invite);

        Assert.Equal("proposed", proposed.GetProperty("status").GetString());
        Assert.Equal(2, proposed.GetProperty("proposals").GetArrayLength());
        Assert.StartsWith($"Meeting #{meeting} with Ana Lima is scheduled for Thu 2026-03-26 08:00 (45 min) at Café Lisboa.", chosen, StringComparison.Ordinal);
        Assert.Equal($"Wrote the invite for meeting #{meeting} to {_invite}.\n", wrote);
        var calendar = Calendar.Load(await File.ReadAllTextAsync(_invite))!;
        var invite = Assert.Single(calendar.Events);
        Assert.Equal(second.GetProperty("startsAt").GetDateTimeOffset().UtcDateTime, invite.DtStart!.AsUtc);
        Assert.Equal(TimeSpan.FromMinutes(45), invite.DtEnd!.AsUtc - invite.DtStart.AsUtc);
        Assert.Equal("Café Lisboa", invite.Location);
        Assert.Contains("Ana Lima", invite.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_OneTime_SchedulesItAtOnce()
    {
        var mentorship = await ActiveMentorshipAsync();

        var output = await _kith.OkAsync("meeting", "propose", $"{mentorship}", "--time", "2026-03-24T12:30");

        Assert.Matches(@"^Meeting #(\d+) with Ana Lima is scheduled for Tue 2026-03-24 12:30 \(60 min\)\.\nSend the invite: kith meeting invite \1 -o meeting-\1\.ics\n$", output);
    }

    [Fact]
    public async Task Propose_SeveralTimes_ListsThemWithTheNumberToChooseBy()
    {
        var mentorship = await ActiveMentorshipAsync();

        var output = await _kith.OkAsync("meeting", "propose", $"{mentorship}", "--time", "2026-03-26T08:00", "--time", "2026-03-24T12:30");

        Assert.Matches(@"^Meeting #\d+ with Ana Lima: offer these 2 times \(60 min\):\n", output);
        var tue = output.IndexOf("Tue 2026-03-24 12:30", StringComparison.Ordinal);
        var thu = output.IndexOf("Thu 2026-03-26 08:00", StringComparison.Ordinal);
        Assert.True(tue >= 0 && thu > tue, output);
        Assert.Contains("When they pick one: kith meeting choose", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_ToStandardOutput_IsACalendarForMyOwnCalendar()
    {
        var mentorship = await ActiveMentorshipAsync();
        var meeting = (await _kith.JsonAsync("meeting", "propose", $"{mentorship}", "--time", "2026-03-24T12:30")).GetProperty("id").GetInt32();

        var output = await _kith.OkAsync("meeting", "invite", $"{meeting}");

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", output, StringComparison.Ordinal);
        var calendar = Calendar.Load(output)!;
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Single(calendar.Events);
    }

    [Fact]
    public async Task Invite_BeforeATimeIsChosen_FailsNamingTheMeeting()
    {
        var mentorship = await ActiveMentorshipAsync();
        var meeting = (await _kith.JsonAsync("meeting", "propose", $"{mentorship}", "--time", "2026-03-24T12:30", "--time", "2026-03-25T12:30"))
            .GetProperty("id").GetInt32();

        var result = await _kith.RunAsync("meeting", "invite", $"{meeting}", "-o", _invite);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: <meeting-id>: No time has been chosen yet", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_invite));
    }

    [Fact]
    public async Task Invite_FolderThatDoesNotExist_FailsNamingTheOutput()
    {
        var mentorship = await ActiveMentorshipAsync();
        var meeting = (await _kith.JsonAsync("meeting", "propose", $"{mentorship}", "--time", "2026-03-24T12:30")).GetProperty("id").GetInt32();
        var nowhere = Path.Combine(Path.GetTempPath(), $"kith-missing-{Guid.NewGuid():N}", "meeting.ics");

        var result = await _kith.RunAsync("meeting", "invite", $"{meeting}", "--output", nowhere);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith($"error: --output: cannot write {nowhere}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_AfterTheMeeting_LogsItAndAddsTheThankYouFollowUp()
    {
        var mentorship = await ActiveMentorshipAsync();
        var meeting = (await _kith.JsonAsync("meeting", "propose", $"{mentorship}", "--time", "2026-03-24T12:30")).GetProperty("id").GetInt32();
        _kith.Clock.Advance(TimeSpan.FromDays(9));

        var output = await _kith.OkAsync("meeting", "record", $"{meeting}", "--notes", "Practise the opening; ask Bob for a dry run");

        Assert.Matches($@"^Recorded meeting #{meeting} with Ana Lima on 2026-03-24; it is on their timeline \(interaction #\d+\)\.\n", output);
        Assert.Matches(@"\nAdded follow-up #\d+: Thank Ana for the meeting on 24 Mar and tell them what you did with their advice \(due Wed 2026-03-25\)\.\n$", output);
        Assert.Contains("Thank Ana for the meeting", await _kith.OkAsync("follow-up", "list"), StringComparison.Ordinal);
        Assert.Contains("Mentoring meeting", await _kith.OkAsync("show", "ana"), StringComparison.Ordinal);
        var detail = await _kith.JsonAsync("mentor", "show", $"{mentorship}");
        Assert.Equal("2026-03-24", detail.GetProperty("summary").GetProperty("lastMetOn").GetString());
    }

    [Fact]
    public async Task Record_Json_HasTheMeetingAndTheThankYou()
    {
        var mentorship = await ActiveMentorshipAsync();
        var meeting = (await _kith.JsonAsync("meeting", "propose", $"{mentorship}", "--time", "2026-03-24T12:30")).GetProperty("id").GetInt32();
        _kith.Clock.Advance(TimeSpan.FromDays(9));

        var recorded = await _kith.JsonAsync("meeting", "record", $"{meeting}", "--notes", "Good advice");

        Assert.Equal("held", recorded.GetProperty("meeting").GetProperty("status").GetString());
        Assert.Equal("Good advice", recorded.GetProperty("meeting").GetProperty("notes").GetString());
        Assert.StartsWith("Thank Ana", recorded.GetProperty("thankYou").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_WithoutNotes_FailsNamingNotes()
    {
        var mentorship = await ActiveMentorshipAsync();
        var meeting = (await _kith.JsonAsync("meeting", "propose", $"{mentorship}", "--time", "2026-03-24T12:30")).GetProperty("id").GetInt32();

        var result = await _kith.RunAsync("meeting", "record", $"{meeting}");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --notes: Write what you took away", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_NotATimeAndAPastTime_NamesTimeForEach()
    {
        var mentorship = await ActiveMentorshipAsync();

        var result = await _kith.RunAsync("meeting", "propose", $"{mentorship}", "--time", "tomorrow", "--time", "2026-03-01T10:00");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error: --time: 'tomorrow' is not a valid date or time", result.Error, StringComparison.Ordinal);
        Assert.Contains("error: --time: 2026-03-01T10:00 has already passed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_DurationOutOfRange_FailsBeforeTouchingTheDatabase()
    {
        var result = await _kith.RunAsync("meeting", "propose", "1", "--time", "2026-03-24T12:30", "--duration", "5");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --duration: must be between 10 and 480.", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_kith.DatabasePath));
    }

    [Fact]
    public async Task Choose_ATimeNotOffered_FailsNamingTheTime()
    {
        var mentorship = await ActiveMentorshipAsync();
        var meeting = (await _kith.JsonAsync("meeting", "propose", $"{mentorship}", "--time", "2026-03-24T12:30", "--time", "2026-03-25T12:30"))
            .GetProperty("id").GetInt32();

        var result = await _kith.RunAsync("meeting", "choose", $"{meeting}", "999");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: <time-id>: Time 999 was not one of the times offered", result.Error, StringComparison.Ordinal);
    }

    private async Task<int> ActiveMentorshipAsync()
    {
        await _kith.OkAsync("add", "Ana Lima", "--email", "ana@example.org");
        var added = await _kith.JsonAsync("mentor", "add", "ana", "--status", "active", "--area", "public speaking");
        return added.GetProperty("summary").GetProperty("id").GetInt32();
    }
}
