namespace Kith.Web.Pages.Exercises.HowToNetwork;

/// <summary>Choose how to network: the ways that appeal, then one step with a date.</summary>
internal static class HowToNetworkSteps
{
    public const string Name = "Choose how to network";

    private static readonly string[] Names = ["Ways that appeal", "Commit to one"];

    public static ExerciseSteps At(int step) => new(Name, Names, step);
}
