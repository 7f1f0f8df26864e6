using System.Text;
using Kith.Core.People;

namespace Kith.Cli;

/// <summary>Turns a person as typed on the command line into exactly one person, or a helpful error.</summary>
internal static class PersonLookup
{
    private const int Limit = 10;

    public static async Task<PersonRef> ResolveAsync(PeopleService people, string? text, string label, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new UserError($"{label}: name a person by id (42 or #42) or by name.");

        var matches = await people.FindAsync(text, Limit, ct);
        if (matches.Count == 1)
            return matches[0];
        if (matches.Count == 0)
        {
            var search = text.Trim().Contains(' ', StringComparison.Ordinal) ? $"\"{text.Trim()}\"" : text.Trim();
            throw UserError.NotFound($"{label}: no one matches '{text.Trim()}'. Try 'kith find {search}'.");
        }

        var count = matches.Count < Limit ? $"{matches.Count}" : $"{Limit} or more";
        var message = new StringBuilder($"{label}: '{text.Trim()}' matches {count} people; name one by id:");
        foreach (var match in matches)
            message.Append($"\n  #{match.Id}  {match.DisplayName}");
        throw new UserError(message.ToString());
    }
}
