using System.Text;
using Kith.Cli.Commands.Backup;

namespace Kith.Cli.Tests.Commands.Backup;

public sealed class ArrayCounterTests
{
    private const string Document = """
        {"schemaVersion":1,"exportedAt":"2026-03-16T12:00:00Z",
         "people":[{"id":1,"emails":["a@example.org","b@example.org"],"tags":[]},{"id":2,"name":"Ünïcødé 👋"}],
         "interactions":[],"numbers":[1,2,3],"settings":{"zone":"Europe/Lisbon","list":[1]}}
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Write_InPiecesOfAnySize_CountsEachTopLevelArrayAndPassesTheBytesThrough(int pieceSize)
    {
        var bytes = Encoding.UTF8.GetBytes(Document);
        using var inner = new MemoryStream();
        var counter = new ArrayCounter(inner);

        for (var at = 0; at < bytes.Length; at += pieceSize)
            counter.Write(bytes, at, Math.Min(pieceSize, bytes.Length - at));

        Assert.Equal(bytes, inner.ToArray());
        Assert.Equal(["people", "interactions", "numbers"], counter.Counts.Keys);
        Assert.Equal(2, counter.Counts["people"]);
        Assert.Equal(0, counter.Counts["interactions"]);
        Assert.Equal(3, counter.Counts["numbers"]);
    }

    [Fact]
    public void Words_CamelCaseNames_ReadAsWords() =>
        Assert.Equal("follow ups", CountLines.Words("followUps"));
}
