using Kith.Core.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kith.Web.Api;

/// <summary>/api/v1/settings: the account's time zone.</summary>
internal static class SettingsApi
{
    public static RouteGroupBuilder MapSettingsApi(this RouteGroupBuilder api)
    {
        var settings = api.MapGroup("/settings").WithTags("Settings");
        settings.MapGet("/", GetAsync)
            .WithName("GetSettings")
            .WithSummary("The account's time zone (IANA id) and today's date there.");
        settings.MapPut("/", SetAsync)
            .WithName("SetSettings")
            .WithSummary("Changes the time zone that today, this week, weekly slots and the calendar feed are computed in.")
            .WithDescription("timeZone: an IANA name such as Europe/Lisbon. Every keep-in-touch due day is recomputed in the new zone.")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Ok<SettingsView>> GetAsync(SettingsService settings, CancellationToken ct) =>
        TypedResults.Ok(await settings.GetAsync(ct));

    private static async Task<Ok<SettingsView>> SetAsync(SettingsInput input, SettingsService settings, CancellationToken ct) =>
        TypedResults.Ok(await settings.SetAsync(input, ct));
}
