using Kith.Core.Common;
using Kith.Core.People;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.People;

/// <summary>People recorded twice, side by side, each pair with a form to merge one into the other.</summary>
public sealed class DuplicatesModel(MergeService merge, PeopleService people) : KithPageModel
{
    /// <summary>Enough to work through in one sitting; merging them brings the next ones up.</summary>
    public const int GroupsShown = 50;

    /// <summary>A group bigger than this is most likely a shared address (info@…), not one person; its pairs would fill the page.</summary>
    private const int PeopleShownPerGroup = 4;

    public IReadOnlyList<DuplicateView> Groups { get; private set; } = [];
    public int TotalGroups { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostMergeAsync(int first, int second, int? keep, CancellationToken ct)
    {
        if (keep is not { } keepId || (keepId != first && keepId != second) || first == second)
        {
            ModelState.AddModelError("", "Choose which of the two records to keep.");
            await LoadAsync(ct);
            return Page();
        }
        var otherId = keepId == first ? second : first;
        var other = await people.GetAsync(otherId, ct);
        try
        {
            var kept = await merge.MergeAsync(keepId, otherId, ct);
            Flash(MergeMessage.Merged(other.DisplayName, kept.DisplayName));
            return RedirectToPage("/People/Details", new { id = kept.Id });
        }
        catch (ValidationFailedException failure)
        {
            // The forms on this page are pairs of radios; a refusal is about the pair, so it goes in the summary.
            foreach (var message in failure.Errors.SelectMany(e => e.Value))
                ModelState.AddModelError("", message);
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var groups = await merge.FindDuplicatesAsync(ct);
        TotalGroups = groups.Count;
        var shown = new List<DuplicateView>();
        foreach (var group in groups.Take(GroupsShown))
        {
            var details = new List<PersonDetail>();
            foreach (var person in group.People.Take(PeopleShownPerGroup))
                details.Add(await people.GetAsync(person.Id, ct));
            shown.Add(new DuplicateView(group.Reason, details, group.People.Count - details.Count));
        }
        Groups = shown;
    }
}

/// <summary>A group of look-alikes with what it takes to tell them apart.</summary>
public sealed record DuplicateView(string Reason, IReadOnlyList<PersonDetail> People, int NotShown)
{
    /// <summary>Every two people of the group, each pair merged by its own form.</summary>
    public IEnumerable<(PersonDetail First, PersonDetail Second)> Pairs =>
        People.SelectMany((a, i) => People.Skip(i + 1).Select(b => (a, b)));
}

/// <summary>What the pages say after a merge.</summary>
public static class MergeMessage
{
    public static string Merged(string other, string kept) =>
        $"Merged {other} into {kept}. Interactions, follow-ups, mentorships and tags of both are now here.";
}
