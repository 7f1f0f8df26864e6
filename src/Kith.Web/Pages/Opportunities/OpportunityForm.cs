using System.Globalization;
using Kith.Core.Common;
using Kith.Core.Opportunities;

namespace Kith.Web.Pages.Opportunities;

/// <summary>The add/edit form for an opportunity; property names match <see cref="OpportunityInput"/> so errors land on their fields.</summary>
public sealed class OpportunityForm
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Role { get; set; }
    public string? MemberSince { get; set; }
    public string? Website { get; set; }
    public int? BuddyId { get; set; }
    public string? Notes { get; set; }

    public static OpportunityForm From(OpportunityDetail o) => new()
    {
        Name = o.Name, Kind = Vocabulary.Token(o.Kind), Role = o.Role,
        MemberSince = o.MemberSince?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Website = o.Website, BuddyId = o.Buddy?.Id, Notes = o.Notes,
    };

    public OpportunityInput ToInput() => new(Name, Kind, Role, MemberSince, Website, Notes, BuddyId);
}
