namespace Kith.Web.Pages.Exercises.GoalsToMentors;

/// <summary>Goals to mentors: goals, the areas they need, ideal mentors per area, first meetings.</summary>
internal static class GoalsToMentorsSteps
{
    public const string Name = "Goals to mentors";

    private static readonly string[] Names = ["Goals", "Areas", "Mentors", "First meetings"];

    public static ExerciseSteps At(int step) => new(Name, Names, step);
}
