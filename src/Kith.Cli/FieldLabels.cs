using System.Text.Json;

namespace Kith.Cli;

/// <summary>
/// Maps the input field names the Core services report ("Emails[1]", "DueOn") to what the user
/// typed ("--email", "--due"), so an error points at the right part of the command line.
/// </summary>
internal sealed class FieldLabels : Dictionary<string, string>
{
    public FieldLabels() : base(StringComparer.OrdinalIgnoreCase)
    {
    }

    public string For(string field)
    {
        var name = field.Split('[')[0];
        return TryGetValue(name, out var label) ? label : "--" + JsonNamingPolicy.KebabCaseLower.ConvertName(name);
    }
}
