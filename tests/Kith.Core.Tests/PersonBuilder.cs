using Kith.Core.People;

namespace Kith.Core.Tests;

/// <summary>Readable test data: <c>new PersonBuilder("Ana").InDepartment("Finance").As("mentor").Build()</c>.</summary>
public sealed class PersonBuilder(string firstName, string? lastName = null)
{
    private PersonInput _input = new() { FirstName = firstName, LastName = lastName };

    public PersonBuilder InDepartment(string department) => With(_input with { Department = department });
    public PersonBuilder At(string organisation) => With(_input with { Organisation = organisation });
    public PersonBuilder As(params string[] roles) => With(_input with { Roles = roles });
    public PersonBuilder Level(string level) => With(_input with { Level = level });
    public PersonBuilder Employer(string employer) => With(_input with { Employer = employer });
    public PersonBuilder Tagged(params string[] tags) => With(_input with { Tags = tags });
    public PersonBuilder WithEmail(params string[] emails) => With(_input with { Emails = emails });
    public PersonBuilder MetOn(string day) => With(_input with { MetOn = day });
    public PersonBuilder ReportsTo(int id) => With(_input with { ReportsToId = id });
    public PersonBuilder Expert(params string[] areas) => With(_input with { Expertise = areas });

    public PersonInput Build() => _input;

    private PersonBuilder With(PersonInput input)
    {
        _input = input;
        return this;
    }
}
