namespace Kith.Core.Import;

/// <summary>
/// The file as a whole cannot be read (binary, wrong encoding, no header, an unterminated quote,
/// a line too long). Nothing was imported. <see cref="Line"/> is 1-based, when known.
/// </summary>
public sealed class ImportFileException(int? line, string reason)
    : Exception(line is { } l ? $"Line {l}: {reason}" : reason)
{
    public int? Line { get; } = line;
    public string Reason { get; } = reason;
}
