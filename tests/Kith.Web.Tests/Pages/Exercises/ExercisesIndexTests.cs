namespace Kith.Web.Tests.Pages.Exercises;

/// <summary>/exercises: the three exercises and why they matter.</summary>
public sealed class ExercisesIndexTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Get_ListsTheThreeExercisesWithTheirReasons()
    {
        var page = await _client.GetAsync("/exercises");

        Assert.Equal("Exercises", page.Text("h1"));
        Assert.Equal(["Find a mentor for one area", "Goals to mentors", "Choose how to network"], page.Texts(".exercise-card h2"));
        Assert.Equal(["/exercises/find-a-mentor", "/exercises/goals-to-mentors", "/exercises/how-to-network"],
            page.QuerySelectorAll(".exercise-card h2 a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Several mentors, never your boss", "Time set aside", "Giving without asking"], page.Texts(".exercise-principles dt"));
    }
}
