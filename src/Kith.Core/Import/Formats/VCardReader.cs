using System.Runtime.CompilerServices;

namespace Kith.Core.Import.Formats;

/// <summary>Finds the cards of a .vcf file, one at a time: text before, between or after cards is ignored.</summary>
internal static class VCardReader
{
    /// <summary>A card's lines are held until its END; a card this large is not a contact.</summary>
    public const int MaxCardLength = 2 * VCardLines.MaxLogicalLength;
    public const int MaxCardLines = 10_000;

    public static async IAsyncEnumerable<ReadRow> ReadAsync(TextReader text, VCardReadOptions options,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var lines = new VCardLines(text);
        var sawCard = false;
        List<LogicalLine>? card = null;
        var begin = 0;
        long length = 0;
        var nested = 0;

        while (await lines.ReadAsync(ct) is { } line)
        {
            ct.ThrowIfCancellationRequested();
            var trimmed = line.Text.AsSpan().Trim();
            var isBegin = trimmed.Equals("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase);
            var isEnd = trimmed.Equals("END:VCARD", StringComparison.OrdinalIgnoreCase);

            if (card is null)
            {
                if (!isBegin) continue;
                card = [];
                begin = line.Number;
                length = 0;
                sawCard = true;
                continue;
            }

            if (nested > 0)
            {
                // vCard 2.1 may nest an AGENT's card inside; it is skipped whole.
                nested += isBegin ? 1 : isEnd ? -1 : 0;
                continue;
            }
            if (isBegin)
            {
                if (card.Count > 0 && IsEmptyAgent(card[^1].Text))
                {
                    nested = 1;
                    continue;
                }
                throw NeverEnds(begin);
            }
            if (isEnd)
            {
                yield return VCardCard.Read(card, begin, options);
                card = null;
                continue;
            }

            if (trimmed.IsEmpty) continue;
            length += line.Text.Length + 1;
            if (length > MaxCardLength)
                throw new ImportFileException(begin, $"the card that starts here is longer than {MaxCardLength:N0} characters; this is not a contact.");
            card.Add(line);
            if (card.Count > MaxCardLines)
                throw new ImportFileException(begin, $"the card that starts here has more than {MaxCardLines:N0} lines; this is not a contact.");
        }

        if (card is not null) throw NeverEnds(begin);
        if (!sawCard) throw new ImportFileException(1, "this is not a vCard file: no BEGIN:VCARD line");
    }

    private static ImportFileException NeverEnds(int begin) =>
        new(begin, "the card that starts here never ends (no END:VCARD)");

    private static bool IsEmptyAgent(string line)
    {
        var text = line.Trim();
        return text.StartsWith("AGENT", StringComparison.OrdinalIgnoreCase) && text.EndsWith(':');
    }
}
