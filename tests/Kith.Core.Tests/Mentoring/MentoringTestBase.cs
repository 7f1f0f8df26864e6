using Kith.Core.Common;
using Kith.Core.Mentoring;
using Kith.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Mentoring;

/// <summary>A fresh database per test, and short ways to add people, goals and mentorships through the real services.</summary>
public abstract class MentoringTestBase : IAsyncLifetime
{
    protected TestDatabase Db { get; private set; } = null!;

    public async Task InitializeAsync() => Db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await Db.DisposeAsync();

    protected Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work) => Db.RunAsync(work);

    protected async Task DoAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Db.Scope();
        await work(scope.ServiceProvider);
    }

    protected Task<T> With<TService, T>(Func<TService, Task<T>> work) where TService : notnull =>
        Db.RunAsync(sp => work(sp.GetRequiredService<TService>()));

    protected async Task<int> AddAsync(PersonBuilder person) =>
        (await With<PeopleService, PersonDetail>(s => s.CreateAsync(person.Build()))).Id;

    protected Task<int> MeAsync() => With<PeopleService, int>(s => s.MeIdAsync());

    /// <summary>Sets who someone reports to, keeping their other fields.</summary>
    protected Task ReportsToAsync(int personId, int? bossId) => DoAsync(async sp =>
    {
        var people = sp.GetRequiredService<PeopleService>();
        var p = await people.GetAsync(personId);
        await people.UpdateAsync(personId, new PersonInput
        {
            FirstName = p.FirstName, LastName = p.LastName, Department = p.Department, Employer = p.Employer == EmployerRelation.Unknown ? null : Vocabulary.Token(p.Employer),
            Level = p.Level == RelativeLevel.Unknown ? null : Vocabulary.Token(p.Level), Expertise = p.Expertise, Tags = p.Tags,
            Roles = p.Roles.Select(Vocabulary.Token).ToList(), ReportsToId = bossId,
        });
    });

    protected Task<MentorshipDetail> MentorAsync(int personId, string status = "active", params string[] areas) =>
        With<MentorshipService, MentorshipDetail>(s => s.CreateAsync(new MentorshipInput(personId, Status: status, Areas: areas)));

    protected Task<GoalDetail> GoalAsync(string title, params string[] areas) =>
        With<GoalService, GoalDetail>(s => s.CreateAsync(new GoalInput(title, Areas: areas)));

    protected Task<BoardView> BoardAsync() => With<BoardService, BoardView>(s => s.GetAsync());

    protected void AdvanceDays(int days) => Db.Clock.Advance(TimeSpan.FromDays(days));
}
