using Kith.Core.Plan;

namespace Kith.Web.Pages.Plan;

/// <summary>One row of the upcoming weeks, with the page it is drawn on (for its forms and the posted values).</summary>
public sealed record OccurrenceRow(IndexModel Page, PlannedSlotView Occurrence);
