using System.CommandLine;
using Kith.Core.Feed;

namespace Kith.Cli.Commands.Feed;

/// <summary><c>kith calendar [--regenerate]</c>: the private subscription address of my calendar feed.</summary>
internal static class CalendarCommand
{
    /// <summary>Where <c>dotnet run --project src/Kith.Web</c> listens unless told otherwise.</summary>
    public const string DefaultBaseUrl = "http://127.0.0.1:5080";

    /// <summary>The <c>--json</c> shape.</summary>
    internal sealed record FeedAddress(string Token, string Url, bool Regenerated);

    private const string Summary = "Your private calendar feed: the address to subscribe to, or a new one.";

    private const string Details = """
        The feed (RFC 5545 iCalendar) holds your weekly networking slots with whom you will meet,
        follow-ups, mentor meetings and meetings coming due, networking steps and events, for the
        next 8 weeks. Google Calendar, Outlook and Apple Calendar subscribe to it by address and
        refresh it on their own. The token in the address is the only key to it: anyone who has
        the address can read the feed. --regenerate makes a new one; the old address stops working
        at once.

        Examples:
          kith calendar
          kith calendar --base-url https://kith.example.org
          kith calendar --regenerate
          kith calendar export -o kith.ics
        """;

    public static Command Create(CommandRunner runner)
    {
        var regenerate = CliOptions.Flag("--regenerate", "Make a new address; the old one stops working at once.");
        var baseUrl = CliOptions.Text("--base-url", $"Where the web app is reached (default {DefaultBaseUrl}).", "url");
        var command = new KithCommand("calendar", Summary, Details) { regenerate, baseUrl };
        command.Subcommands.Add(CalendarExportCommand.Create(runner));

        command.SetAction((parse, ct) => runner.RunAsync(parse, new FieldLabels(), async (scope, ct) =>
        {
            var root = BaseUrl(parse.GetValue(baseUrl));
            var feeds = scope.Get<FeedService>();
            var renew = parse.GetValue(regenerate);
            var token = renew ? await feeds.RegenerateAsync(ct) : await feeds.TokenAsync(ct);
            var url = $"{root}/calendar/{token}.ics";
            if (scope.Json)
            {
                scope.Terminal.Json(new FeedAddress(token, url, renew));
                return;
            }
            scope.Terminal.Line(renew ? "Your new calendar feed address (the old one no longer works):" : "Your private calendar feed address:");
            scope.Terminal.Line($"  {url}");
            scope.Terminal.Line($"Token: {token}");
            scope.Terminal.Line();
            scope.Terminal.Line("Subscribe to it by URL: Google Calendar (Other calendars → From URL), Outlook (Add calendar → Subscribe from web)");
            scope.Terminal.Line("or Apple Calendar (File → New Calendar Subscription).");
            if (parse.GetValue(baseUrl) is null)
                scope.Terminal.Line($"Use the host and port the web app runs on: {DefaultBaseUrl} is this machine only; give --base-url to change it.");
            scope.Terminal.Line("Anyone with the address can read the feed; if it leaks: kith calendar --regenerate");
        }, ct));
        return command;
    }

    private static string BaseUrl(string? typed)
    {
        var text = (typed ?? DefaultBaseUrl).Trim().TrimEnd('/');
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new UserError($"--base-url: '{typed}' is not a web address; use http:// or https://, e.g. {DefaultBaseUrl}.");
        return text;
    }
}
