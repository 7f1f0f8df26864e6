namespace Kith.Web.Pages.Exercises.FindAMentor;

/// <summary>Find a mentor for one area: an area, then who, then the day to ask.</summary>
internal static class FindAMentorSteps
{
    public const string Name = "Find a mentor for one area";

    private static readonly string[] Names = ["Choose an area", "Choose who", "Schedule the ask"];

    public static ExerciseSteps At(int step) => new(Name, Names, step);
}
