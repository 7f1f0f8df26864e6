using System.Text;
using Kith.Core.Common;
using Kith.Core.Mentoring;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Mentoring.Meetings;

/// <summary>/meetings/{id}/invite.ics: the meeting as an RFC 5545 file for a calendar or an e-mail to the mentor.</summary>
public sealed class InviteModel(MentorshipService mentorships) : MentoringPageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        try
        {
            var ics = await mentorships.MeetingInviteAsync(id, ct);
            var meeting = await mentorships.GetMeetingAsync(id, ct);
            return File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", FileName(meeting));
        }
        catch (ValidationFailedException)
        {
            // Only a meeting with a chosen time has an invite; the meeting page says how to get there.
            return RedirectToPage("/Mentoring/Meetings/Details", null, new { id }, "when");
        }
    }

    /// <summary>"mentoring-ada-lovelace-2026-03-24.ics": readable in a downloads folder, safe on every file system.</summary>
    internal static string FileName(MeetingView meeting)
    {
        var name = new string(meeting.MentorName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        name = string.Join('-', name.Split('-', StringSplitOptions.RemoveEmptyEntries));
        var day = meeting.StartsAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return string.Join('-', new[] { "mentoring", name, day }.Where(p => !string.IsNullOrEmpty(p))) + ".ics";
    }
}
