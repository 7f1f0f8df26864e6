using Kith.Core.Common;
using Kith.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Mentoring.Mentorships;

/// <summary>The mentorship page's forms. Each redirects on success and re-shows the page with messages on failure.</summary>
public sealed partial class DetailsModel
{
    public async Task<IActionResult> OnPostStatusAsync(int id, [FromForm(Name = nameof(Change))] StatusForm change, CancellationToken ct)
    {
        try
        {
            var changed = await mentorships.ChangeStatusAsync(id, change.ToInput(), ct);
            var s = changed.Summary;
            Flash($"The mentorship with {s.Name} is {Show.MentorshipStatus(s.Status).ToLowerInvariant()} since {Show.Day(s.StatusSince)}.");
            return BackTo(id, "pipeline");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Change));
            Change = change;
            return await RedisplayAsync(id, ct);
        }
    }

    public async Task<IActionResult> OnPostMeetingAsync(int id, [FromForm(Name = nameof(Meeting))] MeetingForm meeting, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await RedisplayAsync(id, ct, meeting: meeting);
        try
        {
            var arranged = await mentorships.ProposeMeetingAsync(id, meeting.ToInput(), ct);
            Flash(arranged.StartsAt is { } at
                ? $"Meeting with {arranged.MentorName} scheduled for {Show.Time(at)}. Download the invite below."
                : $"Offered {arranged.Proposals.Count} times to {arranged.MentorName}. When they choose one, mark it here.");
            return RedirectToPage("/Mentoring/Meetings/Details", new { id = arranged.Id });
        }
        catch (ValidationFailedException failure)
        {
            ShowActionErrors(failure, nameof(Meeting), "mentorshipId");
            return await RedisplayAsync(id, ct, meeting: meeting);
        }
    }

    public async Task<IActionResult> OnPostCommitmentAsync(int id, [FromForm(Name = nameof(Commitment))] CommitmentForm commitment, CancellationToken ct)
    {
        try
        {
            var added = await mentorships.AddCommitmentAsync(id, commitment.ToInput(), ct);
            Flash(added.DueOn is { } due
                ? $"{Show.CommitmentKind(added.Kind)}: {added.Description}, due {Show.Day(due)}."
                : $"{Show.CommitmentKind(added.Kind)}: {added.Description}.");
            return BackTo(id, "commitments");
        }
        catch (ValidationFailedException failure)
        {
            ShowErrors(failure, nameof(Commitment));
            Commitment = commitment;
            return await RedisplayAsync(id, ct);
        }
    }

    public async Task<IActionResult> OnPostCommitmentDoneAsync(int id, int commitmentId, bool done, CancellationToken ct)
    {
        var changed = await mentorships.SetCommitmentDoneAsync(commitmentId, done, ct: ct);
        Flash(done ? $"Done: {changed.Description}." : $"Reopened: {changed.Description}.");
        return BackTo(id, "commitments");
    }

    private RedirectToPageResult BackTo(int id, string section) => RedirectToPage(null, null, new { id }, section);

    private async Task<IActionResult> RedisplayAsync(int id, CancellationToken ct, MeetingForm? meeting = null)
    {
        if (meeting is not null) Meeting = meeting;
        await LoadAsync(id, ct);
        return Page();
    }
}
