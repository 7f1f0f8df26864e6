using System.Text;

namespace Kith.Core.Import;

/// <summary>How every importer turns bytes into text: strict, so a wrong encoding is an error and never mojibake.</summary>
public static class ImportText
{
    /// <summary>No physical line may be longer than this many characters (a 10 MB one-line file is refused, not buffered).</summary>
    public const int MaxLineLength = 1_000_000;

    /// <summary>
    /// A reader over <paramref name="stream"/> that decodes UTF-8 (or UTF-16 with a byte-order mark) and
    /// throws <see cref="DecoderFallbackException"/> on bytes that are not valid text; readers catch it and
    /// report the line as an <see cref="ImportFileException"/>.
    /// </summary>
    // The encoding must have a UTF-8 preamble: StreamReader then consumes a UTF-8 BOM itself and keeps
    // this strict encoding. Without one it "detects" the BOM and swaps in Encoding.UTF8, which silently
    // turns bad bytes into U+FFFD — a Latin-1 file saved with a BOM would import as mojibake.
    public static StreamReader Open(Stream stream) =>
        new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true),
            detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);

    public static ImportFileException WrongEncoding(int line) =>
        new(line, "the file is not UTF-8 text. Save it as UTF-8 (CSV UTF-8 in Excel) and try again.");

    public static ImportFileException Binary(int line) =>
        new(line, "this looks like a binary file, not text. Choose a .csv or .vcf file.");

    public static ImportFileException TooLong(int line) =>
        new(line, $"the line is longer than {MaxLineLength:N0} characters; this is not a contacts file.");
}
