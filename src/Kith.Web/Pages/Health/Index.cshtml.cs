using Kith.Core.Health;

namespace Kith.Web.Pages.Health;

/// <summary>Network health: whom I know, how strong the ties are, gives against asks, weeks kept, and what to do about the gaps.</summary>
public sealed class IndexModel(HealthService health) : KithPageModel
{
    public HealthView Health { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Health = await health.GetAsync(ct);
}
