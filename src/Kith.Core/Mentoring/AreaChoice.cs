namespace Kith.Core.Mentoring;

/// <summary>An area I could look for a mentor in: named by one of my active goals, or by my people's expertise.</summary>
public sealed record AreaChoice(string Name, bool InMyGoals, int PeopleWithExpertise);
