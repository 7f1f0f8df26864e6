using System.Net;
using Kith.Core.Common;
using Kith.Core.Mentoring;
using Kith.Core.People;

namespace Kith.Web.Tests.Pages.Mentoring;

/// <summary>
/// The boss rule in the pages: me → boss → boss's boss, set up through the people pages. Making
/// either a mentor is refused, with Core's explanation next to the person field.
/// </summary>
public sealed class BossRulePageTests(KithWebFactory factory) : IClassFixture<KithWebFactory>, IAsyncLifetime
{
    // xunit makes a new instance per test, so each test gets its own org chart, and I report to its Bob.
    private readonly PageClient _client = new(factory);
    private PersonDetail _boss = null!;
    private PersonDetail _bossesBoss = null!;

    public async Task InitializeAsync()
    {
        _bossesBoss = await _client.AddPersonAsync(new PersonInput { FirstName = "Grace", LastName = "Top", Employer = "inside" });
        _boss = await _client.AddPersonAsync(new PersonInput { FirstName = "Bob", LastName = "Middle", Employer = "inside", ReportsToId = _bossesBoss.Id });

        // I report to Bob, as a user would say it: on my own edit page.
        var me = await _client.WithServiceAsync<PersonDetail, PeopleService>(s => s.GetMeAsync());
        var edit = await _client.GetAsync($"/people/{me.Id}/edit");
        await _client.FollowAsync(await _client.SubmitAsync(edit, "main form", ("Input.ReportsToId", MentoringSetup.Id(_boss.Id))));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task New_BossesBoss_IsRefusedWithTheExplanationNextToThePersonField()
    {
        var form = await _client.GetAsync("/mentorships/new");

        var posted = await _client.SubmitAsync(form, "main form",
            ("Input.PersonId", MentoringSetup.Id(_bossesBoss.Id)), ("Input.Areas", "strategy"), ("Input.Kind", "guardian-angel"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        var page = posted.Document;
        Assert.Equal(
            "Grace Top is your boss's boss. Having them as your mentor means going over your boss's head, which is awkward for all three of you " +
            "(and leaves your boss wondering what is said about them). Ask your boss or a connector to introduce you to someone outside your reporting line instead.",
            page.FieldError("Input.PersonId"));
        var select = page.QuerySelector("#Input_PersonId")!;
        Assert.Equal("true", select.GetAttribute("aria-invalid"));
        Assert.Contains("Input_PersonId-error", select.GetAttribute("aria-describedby"));
        Assert.Equal("#Input_PersonId", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector($"#Input_PersonId option[value='{_bossesBoss.Id}'][selected]"));
        Assert.Equal("strategy", page.Text("#Input_Areas"));
        Assert.Empty(await MentorshipsOfAsync(_bossesBoss.Id));
    }

    [Fact]
    public async Task New_Boss_IsRefusedForCandour()
    {
        var form = await _client.GetAsync($"/mentorships/new?personId={_boss.Id}");
        Assert.NotNull(form.QuerySelector($"#Input_PersonId option[value='{_boss.Id}'][selected]"));

        var posted = await _client.SubmitAsync(form, "main form");

        Assert.StartsWith("Bob Middle is your boss, and your boss cannot also be your mentor: a mentor is someone you can talk to candidly",
            posted.Document.FieldError("Input.PersonId"));
        Assert.Empty(await MentorshipsOfAsync(_boss.Id));
    }

    [Fact]
    public async Task Details_MentorWhoBecameMyBossesBoss_ShowsTheBannerAndRefusesToReopen()
    {
        // Ria mentored me before the reorganisation that put her above Bob.
        var ria = await _client.AddPersonAsync(new PersonInput { FirstName = "Ria", LastName = "Reorg" });
        var mentorship = await _client.AddMentorshipAsync(new MentorshipInput(ria.Id, Status: "active"));
        await _client.WithServiceAsync<MentorshipDetail, MentorshipService>(s => s.ChangeStatusAsync(mentorship.Summary.Id, new StatusChangeInput("paused")));
        var bobEdit = await _client.GetAsync($"/people/{_boss.Id}/edit");
        await _client.FollowAsync(await _client.SubmitAsync(bobEdit, "main form", ("Input.ReportsToId", MentoringSetup.Id(ria.Id))));
        var page = await _client.GetAsync($"/mentorships/{mentorship.Summary.Id}");

        Assert.Equal("Boss rule: this mentorship must end", page.Text(".boss-conflict-title"));
        Assert.StartsWith("Ria Reorg is your boss's boss.", page.Text(".boss-conflict p:last-child"));

        var reopen = await _client.SubmitAsync(page, "form[action*='handler=Status']", ("Change.Status", "active"));
        Assert.Equal(HttpStatusCode.OK, reopen.Status);
        Assert.StartsWith("Ria Reorg is your boss's boss.", reopen.Document.FieldError("Change.Status"));

        var ended = await _client.FollowAsync(await _client.SubmitAsync(page, "form[action*='handler=Status']", ("Change.Status", "ended")));
        Assert.Null(ended.QuerySelector(".boss-conflict"));
    }

    private async Task<IReadOnlyList<MentorshipSummary>> MentorshipsOfAsync(int personId) =>
        (await _client.WithServiceAsync<Page<MentorshipSummary>, MentorshipService>(s => s.ListAsync(new MentorshipQuery("all", personId)))).Items;
}
