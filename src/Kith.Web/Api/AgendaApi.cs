using Kith.Core.Agenda;
using Kith.Core.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kith.Web.Api;

/// <summary>/api/v1/agenda: whom to reach out to next, and why.</summary>
internal static class AgendaApi
{
    public static RouteGroupBuilder MapAgendaApi(this RouteGroupBuilder api)
    {
        api.MapGet("/agenda", GetAsync)
            .WithTags("Agenda")
            .WithName("GetAgenda")
            .WithSummary("Due cadences and follow-ups, most pressing first, each with the reason.")
            .WithDescription("window=today (default) lists what is due today or earlier; window=week adds what comes due by Sunday. At most 200 items.")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Ok<AgendaView>> GetAsync(string? window, AgendaService agenda, CancellationToken ct)
    {
        var chosen = AgendaWindow.Today;
        if (!string.IsNullOrWhiteSpace(window) && !Vocabulary.TryParse(window, out chosen))
            throw ValidationFailedException.For("Window", $"Unknown window '{window}'. Use today or week.");
        return TypedResults.Ok(await agenda.GetAsync(chosen, ct));
    }
}
