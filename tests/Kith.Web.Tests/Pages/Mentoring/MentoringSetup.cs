using AngleSharp.Dom;
using Kith.Core.Mentoring;
using Kith.Core.People;
using Kith.Web.Pages.People;

namespace Kith.Web.Tests.Pages.Mentoring;

/// <summary>Data the mentoring page tests start from, put in through the core services the pages use.</summary>
internal static class MentoringSetup
{
    public static Task<GoalDetail> AddGoalAsync(this PageClient client, string title, params string[] areas) =>
        client.WithServiceAsync<GoalDetail, GoalService>(s => s.CreateAsync(new GoalInput(title, Areas: areas)));

    public static Task<MentorshipDetail> AddMentorshipAsync(this PageClient client, MentorshipInput input) =>
        client.WithServiceAsync<MentorshipDetail, MentorshipService>(s => s.CreateAsync(input));

    /// <summary>Changes my own record the way the edit form would: every other field kept.</summary>
    public static async Task<PersonDetail> UpdateMeAsync(this PageClient client, Action<PersonForm> change)
    {
        var me = await client.WithServiceAsync<PersonDetail, PeopleService>(s => s.GetMeAsync());
        var form = PersonForm.From(me);
        change(form);
        return await client.WithServiceAsync<PersonDetail, PeopleService>(s => s.UpdateAsync(me.Id, form.ToInput()));
    }

    /// <summary>The table row of the board for one area.</summary>
    public static IElement BoardRow(this IDocument board, string area) =>
        board.QuerySelectorAll(".board-table tbody tr").Single(r => r.QuerySelector(".board-area")!.TextContent.Trim() == area);

    /// <summary>The "no mentor yet" card for one area, with its suggestions.</summary>
    public static IElement GapCard(this IDocument board, string area) =>
        board.QuerySelectorAll(".board-gap-card").Single(c => c.QuerySelector("h3")!.FirstChild!.TextContent.Trim() == area);

    public static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
