using System.Buffers;
using System.Text;

namespace Kith.Core.Import.Formats;

/// <summary>
/// Says where a file stops being UTF-8. A <see cref="StreamReader"/> decodes 64 KB at a time, so when
/// it throws, the line the reader had reached is only the start of that block; when the file can be
/// re-read we scan it from the start for the first bad byte and report its line, and call it binary
/// when there are NUL bytes near the start (images, archives and spreadsheets all have them).
/// </summary>
internal static class BadBytes
{
    private const int BinarySniffLength = 8 * 1024;

    public static ImportFileException Explain(TextReader text, int lineReached)
    {
        if (text is StreamReader { CurrentEncoding: UTF8Encoding, BaseStream: { CanSeek: true, CanRead: true } stream })
        {
            try
            {
                stream.Position = 0;
                return Locate(stream) ?? ImportText.WrongEncoding(lineReached);
            }
            catch (IOException)
            {
                // The file cannot be re-read; the line reached is the best we know.
            }
        }
        return ImportText.WrongEncoding(lineReached);
    }

    private static ImportFileException? Locate(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        int carried = 0, line = 1;
        var afterCr = false;
        bool? nulNearStart = null;
        while (true)
        {
            var read = stream.Read(buffer, carried, buffer.Length - carried);
            var end = carried + read;
            nulNearStart ??= buffer.AsSpan(0, Math.Min(end, BinarySniffLength)).Contains((byte)0);
            var at = 0;
            while (at < end)
            {
                var status = Rune.DecodeFromUtf8(buffer.AsSpan(at, end - at), out var rune, out var used);
                if (status == OperationStatus.NeedMoreData && read > 0)
                    break; // the rest of this character is in the next block
                if (status != OperationStatus.Done)
                    return nulNearStart.Value ? ImportText.Binary(line) : ImportText.WrongEncoding(line);
                if (rune.Value == 0)
                    return ImportText.Binary(line);
                if (rune.Value == '\r' || (rune.Value == '\n' && !afterCr))
                    line++;
                afterCr = rune.Value == '\r';
                at += used;
            }
            if (read == 0)
                return null; // every byte decoded: the fault was not where we looked
            carried = end - at;
            buffer.AsSpan(at, carried).CopyTo(buffer);
        }
    }
}
