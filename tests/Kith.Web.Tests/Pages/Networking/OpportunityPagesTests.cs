using System.Net;
using Kith.Core.Common;
using Kith.Core.Opportunities;
using Kith.Core.People;
using static Kith.Web.Tests.Pages.Networking.NetworkingSetup;

namespace Kith.Web.Tests.Pages.Networking;

/// <summary>/opportunities and /opportunities/{id}: the list, adding, editing, events and deleting.</summary>
public sealed class OpportunityPagesTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task PostAdd_WithBuddy_OpensTheOpportunityAndListsItWithPlainWords()
    {
        var buddy = await _client.AddPersonAsync(new PersonInput { FirstName = "Bea", LastName = "Buddy" });
        var list = await _client.GetAsync("/opportunities");
        Assert.Equal("Professional association", list.Text("#Input_Kind option[value='association']"));
        Assert.Equal("Union or representative role", list.Text("#Input_Kind option[value='union-role']"));

        var posted = await _client.SubmitAsync(list, "#add form",
            ("Input.Name", "Finance Professionals Network"), ("Input.Kind", "association"), ("Input.Role", "member"),
            ("Input.MemberSince", "2025-09-01"), ("Input.Website", "https://fpn.example"), ("Input.BuddyId", Id(buddy.Id)),
            ("Input.Notes", "Meets on the first Thursday"));

        Assert.Matches(@"^/opportunities/\d+#events$", posted.Response.Headers.Location!.OriginalString);
        var details = await _client.FollowAsync(posted);
        Assert.Equal("Added Finance Professionals Network. Next, add its next event.", details.Text("[role=status]"));
        Assert.Equal("Finance Professionals Network", details.Text("h1"));
        Assert.Equal(["Professional association", "Member"], details.Texts(".page-head .chip"));
        Assert.Equal("Bea Buddy", details.Text("#about a[href='/people/" + Id(buddy.Id) + "']"));
        Assert.Contains("Meets on the first Thursday", details.Text("#about"));
        Assert.Equal("Nothing planned. Add the next event below, and ask your buddy to come along.", details.Text("#events p.subtle"));

        var after = await _client.GetAsync("/opportunities");
        var row = after.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Finance Professionals Network", StringComparison.Ordinal));
        Assert.Equal(["Finance Professionals Network", "Professional association", "member", "Bea Buddy", "none planned", "0", "0"],
            row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task PostAdd_NoNameAndBadWebsite_ShowsBothMessagesNextToTheirFieldsAndAddsNothing()
    {
        var before = await CountAsync();
        var list = await _client.GetAsync("/opportunities");

        var posted = await _client.SubmitAsync(list, "#add form", ("Input.Name", " "), ("Input.Kind", "sports-league"), ("Input.Website", "fpn.example"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Name the association, league or committee.", posted.Document.FieldError("Input.Name"));
        Assert.Equal("Enter a web address starting with http:// or https://.", posted.Document.FieldError("Input.Website"));
        Assert.Equal("true", posted.Document.QuerySelector("#Input_Website")!.GetAttribute("aria-invalid"));
        Assert.Equal(["#Input_Name", "#Input_Website"], posted.Document.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(posted.Document.QuerySelector("#Input_Kind option[value='sports-league'][selected]"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task PostEdit_ChangesKindAndRole_ShowsThemOnTheOpportunity()
    {
        var opportunity = await _client.AddOpportunityAsync("Thursday Five-a-side");
        var edit = await _client.GetAsync($"/opportunities/{opportunity.Id}/edit");
        Assert.Equal("Thursday Five-a-side", edit.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.NotNull(edit.QuerySelector("#Input_Kind option[value='mixer'][selected]"));

        var saved = await _client.SubmitAsync(edit, "main form", ("Input.Kind", "sports-league"), ("Input.Role", "captain"));

        Assert.Equal($"/opportunities/{opportunity.Id}", saved.Response.Headers.Location!.OriginalString);
        var details = await _client.FollowAsync(saved);
        Assert.Equal("Saved changes to Thursday Five-a-side.", details.Text("[role=status]"));
        Assert.Equal(["Sports league", "Captain"], details.Texts(".page-head .chip"));
    }

    [Fact]
    public async Task PostEvent_UpcomingWithUsualBuddy_ListsItUnderComingUpAndInTheList()
    {
        var buddy = await _client.AddPersonAsync(new PersonInput { FirstName = "Otto", LastName = "Outgoing" });
        var opportunity = await _client.AddOpportunityAsync("City Mixer", buddy.Id);
        var page = await _client.GetAsync($"/opportunities/{opportunity.Id}");
        Assert.Equal("Your usual buddy, Otto Outgoing", page.Text("#Event_BuddyId option[value='']"));

        var posted = await _client.SubmitAsync(page, "#events form",
            ("Event.Title", "Spring mixer"), ("Event.StartsAt", "2026-03-20T18:30"), ("Event.DurationMinutes", "90"), ("Event.Location", "The Old Bank"));

        var after = await _client.FollowAsync(posted);
        Assert.Equal("Added Spring mixer on Fri 20 Mar 2026, 18:30.", after.Text("[role=status]"));
        var item = after.QuerySelector("#events .event-list li")!;
        Assert.Equal("Spring mixer", item.QuerySelector("a.event-title")!.TextContent);
        Assert.Equal("2026-03-20T18:30-03:00", item.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("90 minutes", item.TextContent);
        Assert.Contains("The Old Bank", item.TextContent);
        Assert.Contains("with Otto Outgoing", item.TextContent);
        Assert.Equal("No past events yet.", after.Texts("#events p.subtle").Single());

        var list = await _client.GetAsync("/opportunities");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("City Mixer", StringComparison.Ordinal));
        Assert.Equal("Fri 20 Mar 2026, 18:30", row.QuerySelector("time")!.TextContent);
    }

    [Fact]
    public async Task PostEvent_NoTitleNoStart_ShowsMessagesNextToTheFieldsAndKeepsWhatWasTyped()
    {
        var opportunity = await _client.AddOpportunityAsync("Volunteer Committee");
        var page = await _client.GetAsync($"/opportunities/{opportunity.Id}");

        var posted = await _client.SubmitAsync(page, "#events form", ("Event.Title", ""), ("Event.StartsAt", ""), ("Event.Location", "Town hall"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Name the event, e.g. \"Spring mixer\".", posted.Document.FieldError("Event.Title"));
        Assert.Equal("Say when it starts, e.g. 2026-04-02T18:30.", posted.Document.FieldError("Event.StartsAt"));
        Assert.Equal("Town hall", posted.Document.QuerySelector("#Event_Location")!.GetAttribute("value"));
        var detail = await _client.WithServiceAsync<OpportunityDetail, OpportunityService>(s => s.GetAsync(opportunity.Id));
        Assert.Empty(detail.Events);
    }

    [Fact]
    public async Task PostDelete_RemovesTheOpportunityAndGoesBackToTheList()
    {
        var opportunity = await _client.AddOpportunityAsync("Old Union Branch");
        var confirm = await _client.GetAsync($"/opportunities/{opportunity.Id}/delete");
        Assert.Equal("Delete Old Union Branch?", confirm.Text("h1"));

        var deleted = await _client.SubmitAsync(confirm, "main form");

        Assert.Equal("/opportunities", deleted.Response.Headers.Location!.OriginalString);
        var list = await _client.FollowAsync(deleted);
        Assert.Equal("Deleted Old Union Branch. The people you met there stay in your people.", list.Text("[role=status]"));
        await _client.GetAsync($"/opportunities/{opportunity.Id}", HttpStatusCode.NotFound);
    }

    private Task<int> CountAsync() =>
        _client.WithServiceAsync<int, OpportunityService>(async s => (await s.ListAsync(1, Paging.MaxSize)).TotalCount);
}
