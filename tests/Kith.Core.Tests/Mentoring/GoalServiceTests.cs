using Kith.Core.Common;
using Kith.Core.Mentoring;
using Kith.Core.People;

namespace Kith.Core.Tests.Mentoring;

public sealed class GoalServiceTests : MentoringTestBase
{
    [Fact]
    public async Task Create_AreasSharedWithExpertise_AreOneAreaRegardlessOfCase()
    {
        var ana = await AddAsync(new PersonBuilder("Ana").Expert("Public Speaking"));

        var goal = await With<GoalService, GoalDetail>(s => s.CreateAsync(new GoalInput(
            "Give a talk at the regional conference", Horizon: "two-years", TargetOn: "2027-09-30", Areas: ["public speaking", "Storytelling", "storytelling "])));

        Assert.Equal(GoalHorizon.TwoYears, goal.Horizon);
        Assert.Equal(["Public Speaking", "Storytelling"], goal.Areas);
        var person = await With<PeopleService, PersonDetail>(s => s.GetAsync(ana));
        Assert.Equal(["Public Speaking"], person.Expertise);
    }

    [Fact]
    public async Task Create_BadInput_NamesEveryFieldAndSavesNothing()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => With<GoalService, GoalDetail>(s => s.CreateAsync(
            new GoalInput(" ", Horizon: "someday", TargetOn: "next year", Status: "dreaming", Areas: [new string('x', 101)]))));

        Assert.Equal(["Areas[0]", "Horizon", "Status", "TargetOn", "Title"], error.Errors.Keys.Order());
        Assert.Contains("one-year, two-years, long-term", error.Errors["Horizon"][0]);
        Assert.Equal(0, (await With<GoalService, Page<GoalSummary>>(s => s.ListAsync(new GoalQuery("all")))).TotalCount);
    }

    [Fact]
    public async Task List_ActiveGoals_ByHorizonThenTargetDate()
    {
        await With<GoalService, GoalDetail>(s => s.CreateAsync(new GoalInput("Become a director", Horizon: "long-term")));
        await With<GoalService, GoalDetail>(s => s.CreateAsync(new GoalInput("Run the Q3 planning", Horizon: "one-year", TargetOn: "2026-09-01")));
        await With<GoalService, GoalDetail>(s => s.CreateAsync(new GoalInput("Lead a team", Horizon: "two-years")));
        await With<GoalService, GoalDetail>(s => s.CreateAsync(new GoalInput("Present to the board", Horizon: "one-year", TargetOn: "2026-06-01")));
        await With<GoalService, GoalDetail>(s => s.CreateAsync(new GoalInput("Learn SQL", Status: "achieved")));

        var active = await With<GoalService, Page<GoalSummary>>(s => s.ListAsync(new GoalQuery()));

        Assert.Equal(["Present to the board", "Run the Q3 planning", "Lead a team", "Become a director"], active.Items.Select(g => g.Title));
    }

    [Fact]
    public async Task Notes_AreKeptNewestFirst()
    {
        var goal = await GoalAsync("Lead a team", "Management");
        await With<GoalService, GoalNoteView>(s => s.AddNoteAsync(goal.Id, new GoalNoteInput("Asked to lead the pilot")));
        AdvanceDays(7);
        await With<GoalService, GoalNoteView>(s => s.AddNoteAsync(goal.Id, new GoalNoteInput("Pilot went well")));

        var detail = await With<GoalService, GoalDetail>(s => s.GetAsync(goal.Id));

        Assert.Equal(["Pilot went well", "Asked to lead the pilot"], detail.Notes.Select(n => n.Text));
    }

    [Fact]
    public async Task AddAreas_KeepsTheOnesTheGoalHas()
    {
        var goal = await GoalAsync("Lead a team", "Management");

        var updated = await With<GoalService, GoalDetail>(s => s.AddAreasAsync(goal.Id, ["Feedback", "management"]));

        Assert.Equal(["Feedback", "Management"], updated.Areas);
    }
}
