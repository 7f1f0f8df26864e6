using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Kith.Cli.Output;

/// <summary>Where a command writes: readable tables for people, JSON for scripts, errors to stderr.</summary>
internal sealed class Terminal
{
    /// <summary>Wide enough that redirected tables do not wrap names mid-word; a terminal uses its own width.</summary>
    private const int RedirectedWidth = 160;

    /// <summary>The same shape the JSON API uses: camelCase names, enums as kebab-case words.</summary>
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Plain output is rendered here first, so the padding Spectre adds to the last column can be trimmed.</summary>
    private readonly StringWriter? _plain;

    /// <param name="canAsk">Standard input is a person at a terminal, so a yes/no question can be answered.</param>
    /// <param name="progress">Where progress bars go (standard error at a terminal); null draws none.</param>
    public Terminal(TextWriter output, TextWriter error, bool interactive, TextReader? input = null, bool canAsk = false, IAnsiConsole? progress = null)
    {
        In = input ?? Console.In;
        CanAsk = canAsk;
        Progress = progress;
        Out = output;
        Error = error;
        _plain = interactive ? null : new StringWriter();
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_plain ?? output),
            // Escape codes only for a person at a terminal; pipes, files and tests get plain text.
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!interactive)
            Ansi.Profile.Width = RedirectedWidth;
    }

    /// <summary>Standard input, for text given as "-" (tests pass their own reader).</summary>
    public TextReader In { get; }

    /// <summary>True when someone can answer a question on standard input; scripts and pipes cannot.</summary>
    public bool CanAsk { get; }

    /// <summary>A console on standard error for progress bars, or null when standard error is not a terminal.</summary>
    public IAnsiConsole? Progress { get; }

    public TextWriter Out { get; }
    public TextWriter Error { get; }
    public IAnsiConsole Ansi { get; }

    public void Line(string text = "") => Out.WriteLine(text);

    public void Write(IRenderable renderable)
    {
        Ansi.Write(renderable);
        if (_plain is null) return;
        foreach (var line in _plain.ToString().TrimEnd('\n').Split('\n'))
            Out.WriteLine(line.TrimEnd());
        _plain.GetStringBuilder().Clear();
    }

    /// <summary>JSON goes straight to the writer so that no line is ever wrapped.</summary>
    public void Json<T>(T value) => Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    public void Fail(string message) => Error.WriteLine($"error: {message}");

    /// <summary>Asks on standard error (so the question shows even when the output goes to a file); only "y" or "yes" is a yes.</summary>
    public async Task<bool> AskAsync(string question, CancellationToken ct)
    {
        Error.Write($"{question} [y/N] ");
        await Error.FlushAsync(ct);
        var answer = (await In.ReadLineAsync(ct))?.Trim();
        return answer is not null && (answer.Equals("y", StringComparison.OrdinalIgnoreCase) || answer.Equals("yes", StringComparison.OrdinalIgnoreCase));
    }
}
