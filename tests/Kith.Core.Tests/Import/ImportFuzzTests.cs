using System.Text;
using Kith.Core.Common;
using Kith.Core.Import;
using Kith.Core.People;
using Kith.Core.Tests.Mentoring;

namespace Kith.Core.Tests.Import;

/// <summary>
/// Mutated files through the whole import: whatever the bytes, the import either commits whole or
/// fails with a message that says why, and a failed import leaves the database exactly as it was.
/// </summary>
public sealed class ImportFuzzTests : MentoringTestBase
{
    private const string LinkedIn = """"
        Notes:
        "When exporting your connection data, you may notice that some of the email addresses are missing."

        First Name,Last Name,URL,Email Address,Company,Position,Connected On
        Ana,Lima,https://www.linkedin.com/in/ana-lima,ana@acme.example,Acme,Head of Treasury,09 Oct 2024
        Bob,Stone,,,"Initech, Inc.","Engineer, ""Platform""",15 Mar 2023
        Zoë,Ng 🌱,https://www.linkedin.com/in/zoe-ng,,Globex,Designer,1/8/18
        """";

    private const string Card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lima;Ana;;;\r\nFN:Ana Lima\r\nORG:Acme;Treasury\r\nEMAIL;TYPE=work:ana@acme.example\r\n"
        + "TEL;TYPE=cell:+55 11 5555 0101\r\nTEL;TYPE=work:+55 11 5555 0102\r\nNOTE:Met at the\r\n  offsite\\, 2024\r\nX-CUSTOM:kept\r\nEND:VCARD\r\n";

    public static TheoryData<string> Files => new() { "linkedin", "vcard" };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Commit_MutatedFile_NeverCrashesAndNeverWritesPartly(string kind)
    {
        var original = Encoding.UTF8.GetBytes(kind == "linkedin" ? LinkedIn : Card);
        var random = new Random(kind.Length * 7919);
        for (var round = 0; round < 60; round++)
        {
            var bytes = Mutate(original, random);
            var before = await CountAsync();
            try
            {
                await With<ImportService, ImportResult>(s => s.CommitAsync(() => new MemoryStream(bytes), new ImportOptions(), new ImportChoices()));
            }
            catch (Exception e) when (e is ImportFileException or ImportRejectedException or ValidationFailedException)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
                Assert.Equal(before, await CountAsync());
            }
        }
    }

    private Task<int> CountAsync() =>
        With<PeopleService, int>(async s => (await s.ListAsync(new PeopleQuery { PageSize = 1 })).TotalCount);

    private const string Specials = "\",;\n\r:=\\";

    /// <summary>One to four byte flips, deletions, duplications or truncations.</summary>
    private static byte[] Mutate(byte[] input, Random random)
    {
        var bytes = input.ToList();
        for (var i = random.Next(1, 5); i > 0 && bytes.Count > 0; i--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveAt(at); break;
                case 2: bytes.Insert(at, bytes[at]); break;
                case 3: bytes.Insert(at, (byte)Specials[random.Next(Specials.Length)]); break;
                default: bytes.RemoveRange(at, bytes.Count - at); break;
            }
        }
        return bytes.ToArray();
    }
}
