namespace Kith.Core.People;

/// <summary>What a person is to me; several may apply. Stored as bit flags so filters stay one indexed column.</summary>
[Flags]
public enum PersonRoles
{
    None = 0,
    Mentor = 1,
    Colleague = 2,
    Customer = 4,
    Vendor = 8,
    Management = 16,
    FormerColleague = 32,
    IndustryPeer = 64,
    Friend = 128,
}

/// <summary>Seniority relative to me.</summary>
public enum RelativeLevel
{
    Unknown = 0,
    MoreSenior = 1,
    Peer = 2,
    MoreJunior = 3,
}

/// <summary>Whether a person works for my employer.</summary>
public enum EmployerRelation
{
    Unknown = 0,
    Inside = 1,
    Outside = 2,
}

public static class PersonRolesExtensions
{
    public static IReadOnlyList<PersonRoles> Each(this PersonRoles roles) =>
        Enum.GetValues<PersonRoles>().Where(r => r != PersonRoles.None && roles.HasFlag(r)).ToArray();

    /// <summary>A human label: "FormerColleague" → "former colleague".</summary>
    public static string Label(this PersonRoles role) => role switch
    {
        PersonRoles.FormerColleague => "former colleague",
        PersonRoles.IndustryPeer => "industry peer",
        _ => role.ToString().ToLowerInvariant(),
    };

    public static string Label(this RelativeLevel level) => level switch
    {
        RelativeLevel.MoreSenior => "more senior",
        RelativeLevel.Peer => "peer",
        RelativeLevel.MoreJunior => "more junior",
        _ => "unknown",
    };

    public static string Label(this EmployerRelation relation) => relation switch
    {
        EmployerRelation.Inside => "inside my employer",
        EmployerRelation.Outside => "outside my employer",
        _ => "unknown",
    };
}
