using System.Net;
using Kith.Core.Mentoring;
using Kith.Core.People;

namespace Kith.Web.Tests.Api;

/// <summary>Setting up goals, mentors and my place in the org chart the way a client would, through the API.</summary>
public static class MentoringApiClient
{
    public static async Task<GoalDetail> CreateGoalAsync(this HttpClient client, string title, string horizon = "one-year", params string[] areas) =>
        await (await client.PostJsonAsync("/api/v1/goals", new { title, horizon, areas })).ReadAsync<GoalDetail>(HttpStatusCode.Created);

    public static async Task<MentorshipDetail> CreateMentorshipAsync(this HttpClient client, MentorshipInput input) =>
        await (await client.PostJsonAsync("/api/v1/mentorships", input)).ReadAsync<MentorshipDetail>(HttpStatusCode.Created);

    /// <summary>An active mentorship with a person, in these areas.</summary>
    public static Task<MentorshipDetail> CreateActiveMentorAsync(this HttpClient client, int personId, params string[] areas) =>
        client.CreateMentorshipAsync(new MentorshipInput(personId, Status: "active", Areas: areas));

    public static async Task<MentorshipDetail> ChangeStatusAsync(this HttpClient client, int mentorshipId, string status, string? note = null) =>
        await (await client.PostJsonAsync($"/api/v1/mentorships/{mentorshipId}/status", new { status, note })).ReadAsync<MentorshipDetail>();

    public static Task<MentorshipDetail> GetMentorshipAsync(this HttpClient client, int id) =>
        client.GetOkAsync<MentorshipDetail>($"/api/v1/mentorships/{id}");

    public static Task<PersonDetail> GetMeAsync(this HttpClient client) => client.GetOkAsync<PersonDetail>("/api/v1/people/me");

    /// <summary>Replaces my own record (PUT is a full replace), e.g. to say whom I report to.</summary>
    public static async Task<PersonDetail> UpdateMeAsync(this HttpClient client, int? reportsToId = null, string? department = null, string? email = null)
    {
        var me = await client.GetMeAsync();
        var input = new PersonInput { FirstName = me.FirstName, Department = department, ReportsToId = reportsToId, Emails = email is null ? null : [email] };
        return await (await client.PutJsonAsync($"/api/v1/people/{me.Id}", input)).ReadAsync<PersonDetail>();
    }

    /// <summary>Makes a person report to another (or to nobody), keeping their name.</summary>
    public static async Task<PersonDetail> SetReportsToAsync(this HttpClient client, PersonDetail person, int? reportsToId) =>
        await (await client.PutJsonAsync($"/api/v1/people/{person.Id}", new PersonInput { FirstName = person.FirstName, LastName = person.LastName, ReportsToId = reportsToId }))
            .ReadAsync<PersonDetail>();

    /// <summary>Builds me → boss → boss's boss and returns the two managers.</summary>
    public static async Task<(PersonDetail Boss, PersonDetail BossesBoss)> MyReportingLineAsync(this HttpClient client, string boss, string bossesBoss)
    {
        var top = await client.CreatePersonAsync(bossesBoss, "Chief");
        var manager = await client.CreatePersonAsync(new PersonInput { FirstName = boss, LastName = "Manager", ReportsToId = top.Id });
        await client.UpdateMeAsync(reportsToId: manager.Id);
        return (manager, top);
    }
}
