using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Kith.Cli.Commands;

/// <summary>The few shapes of option every command is built from, with messages that name the option.</summary>
internal static class CliOptions
{
    public static Option<string?> Text(string name, string description, string helpName = "text") =>
        new(name) { Description = description, HelpName = helpName };

    /// <summary>An option that may be repeated: <c>--role mentor --role colleague</c>.</summary>
    public static Option<string[]> List(string name, string description, string helpName = "text") =>
        new(name) { Description = description + " Repeat for more than one.", HelpName = helpName, DefaultValueFactory = _ => [] };

    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    /// <summary>A whole number within bounds; "x" or 0 gets "--page: …" rather than a type name.</summary>
    public static Option<int?> Number(string name, string description, int min, int max) => new(name)
    {
        Description = description,
        HelpName = "n",
        CustomParser = result => ParseNumber(result, name, min, max),
    };

    /// <summary>A record id as a positional argument, accepting "7" and "#7".</summary>
    public static Argument<int> Id(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => ParseNumber(result, $"<{name}>", 1, int.MaxValue) ?? 0,
    };

    /// <summary>A whole number as a positional argument, e.g. minutes; the service checks what makes sense.</summary>
    public static Argument<int> WholeNumber(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => ParseNumber(result, $"<{name}>", 1, int.MaxValue) ?? 0,
    };

    /// <summary>Adds a parse error when two options that exclude each other are both given.</summary>
    public static void OneOf(Command command, Option<bool> first, Option<bool> second) =>
        command.Validators.Add(result =>
        {
            if (result.GetValue(first) && result.GetValue(second))
                result.AddError($"{first.Name}, {second.Name}: use one or the other, not both.");
        });

    private static int? ParseNumber(ArgumentResult result, string label, int min, int max)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim().TrimStart('#') : "";
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{label}: '{(result.Tokens.Count > 0 ? result.Tokens[0].Value : "")}' is not a whole number.");
            return null;
        }
        if (value < min || value > max)
        {
            result.AddError(max == int.MaxValue ? $"{label}: must be {min} or more." : $"{label}: must be between {min} and {max}.");
            return null;
        }
        return value;
    }
}
