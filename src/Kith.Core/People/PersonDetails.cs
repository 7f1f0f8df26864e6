using Kith.Core.Accounts;

namespace Kith.Core.People;

public sealed class PersonEmail : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int PersonId { get; set; }
    public required string Address { get; set; }
    /// <summary>work, home, other…</summary>
    public string? Label { get; set; }
}

public sealed class PersonPhone : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int PersonId { get; set; }
    public required string Number { get; set; }
    public string? Label { get; set; }
}

/// <summary>A postal address, in the seven parts of a vCard ADR.</summary>
public sealed class PersonAddress : IAccountScoped
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int PersonId { get; set; }
    /// <summary>work, home, other…</summary>
    public string? Label { get; set; }
    public string? PoBox { get; set; }
    public string? Extended { get; set; }
    public string? Street { get; set; }
    public string? Locality { get; set; }
    public string? Region { get; set; }
    public string? PostalCode { get; set; }
    public string? Country { get; set; }

    /// <summary>One line for a page: "12 Rua Augusta, Lisboa, 1100-053, Portugal".</summary>
    public string OneLine => string.Join(", ", new[] { PoBox, Extended, Street, Locality, Region, PostalCode, Country }
        .Where(s => !string.IsNullOrWhiteSpace(s)));
}

/// <summary>A free label shared across people ("book club", "2019 offsite").</summary>
public sealed class Tag : IAccountScoped, INamedRow
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public required string Name { get; set; }
    public string NameKey { get; set; } = "";
}

public sealed class PersonTag : IAccountScoped
{
    public int AccountId { get; set; }
    public int PersonId { get; set; }
    public int TagId { get; set; }
    public Tag Tag { get; set; } = null!;
}

/// <summary>A field of knowledge ("public speaking", "finance"); shared with goals and mentoring.</summary>
public sealed class Area : IAccountScoped, INamedRow
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public required string Name { get; set; }
    public string NameKey { get; set; } = "";
}

/// <summary>
/// A row known by a name that is unique per account regardless of case. <see cref="NameKey"/> is
/// the name lower-cased by .NET, because SQLite's lower() only folds ASCII ("Économie").
/// </summary>
public interface INamedRow
{
    int Id { get; }
    string Name { get; set; }
    string NameKey { get; set; }

    static string KeyOf(string name) => name.Trim().ToLowerInvariant();
}

public sealed class PersonExpertise : IAccountScoped
{
    public int AccountId { get; set; }
    public int PersonId { get; set; }
    public int AreaId { get; set; }
    public Area Area { get; set; } = null!;
}
