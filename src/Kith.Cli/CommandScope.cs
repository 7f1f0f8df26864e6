using Kith.Cli.Output;
using Kith.Core.Common;
using Kith.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Cli;

/// <summary>What a command's work sees: the Core services of its one scope and where to write.</summary>
internal sealed class CommandScope(IServiceProvider services, Terminal terminal, bool json)
{
    public Terminal Terminal => terminal;

    /// <summary>True when <c>--json</c> was given: print one JSON document and nothing else.</summary>
    public bool Json => json;

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public Task<TimeZoneInfo> ZoneAsync(CancellationToken ct) => Get<AccountClock>().ZoneAsync(ct);

    public Task<DateOnly> TodayAsync(CancellationToken ct) => Get<AccountClock>().TodayAsync(ct);

    /// <summary>The one person <paramref name="text"/> names (an id, "#id" or a name); fails when it names none or several.</summary>
    public Task<PersonRef> PersonAsync(string? text, string label, CancellationToken ct) =>
        PersonLookup.ResolveAsync(Get<PeopleService>(), text, label, ct);
}
