using Kith.Core.Common;
using Kith.Core.Networking;

namespace Kith.Web.Pages.Exercises.HowToNetwork;

/// <summary>The end of the exercise: the step committed to, and where it shows up.</summary>
public sealed class DoneModel(NetworkingService networking) : KithPageModel
{
    public NetworkingCommitmentView Commitment { get; private set; } = null!;

    public async Task OnGetAsync(int commitment, CancellationToken ct) =>
        Commitment = await FindAsync(commitment, ct) ?? throw new NotFoundException("Networking commitment", commitment);

    // The core lists commitments rather than fetching one; a person has a handful, so a page or two finds it.
    private async Task<NetworkingCommitmentView?> FindAsync(int id, CancellationToken ct)
    {
        for (var page = 1; ; page++)
        {
            var found = await networking.ListCommitmentsAsync("all", page, Paging.MaxSize, ct);
            if (found.Items.FirstOrDefault(c => c.Id == id) is { } commitment) return commitment;
            if (!found.HasNext) return null;
        }
    }
}
