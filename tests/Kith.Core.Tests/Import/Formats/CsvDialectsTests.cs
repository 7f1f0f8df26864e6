using Kith.Core.Import;
using Kith.Core.Import.Formats;

namespace Kith.Core.Tests.Import.Formats;

public class CsvDialectsTests
{
    [Theory]
    [InlineData("linkedin-2024.csv", ImportFormat.LinkedIn)]
    [InlineData("linkedin-2018.csv", ImportFormat.LinkedIn)]
    [InlineData("linkedin-blank-rows.csv", ImportFormat.LinkedIn)]
    [InlineData("google-new.csv", ImportFormat.Google)]
    [InlineData("google-old.csv", ImportFormat.Google)]
    [InlineData("mapped.csv", ImportFormat.Csv)]
    public void Detect_SampleFiles_RecognisesTheirDialect(string name, ImportFormat expected)
    {
        var head = File.ReadAllText(CsvSamples.PathOf(name));

        Assert.Equal(expected, CsvDialects.Detect(head));
    }

    [Fact]
    public void Detect_HeadCutBeforeTheLinkedInHeader_NeedsAMapping()
    {
        // Cut before the header arrives: there is no header to judge by, so it needs a mapping.
        Assert.Equal(ImportFormat.Csv, CsvDialects.Detect("Notes:\n\"When exporting your connection data, you may"));
    }

    [Fact]
    public void Detect_HeadCutInsideAQuotedCellAfterTheHeader_IsStillLinkedIn()
    {
        var head = "Notes:\n\"A note\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,,,\"Acme, In";

        Assert.Equal(ImportFormat.LinkedIn, CsvDialects.Detect(head));
    }

    [Fact]
    public void Detect_OutlookStyleHeaderWithFirstAndLastName_NeedsAMapping()
    {
        Assert.Equal(ImportFormat.Csv, CsvDialects.Detect("First Name,Middle Name,Last Name,E-mail Address,Business Phone\r\n"));
    }

    [Fact]
    public void Detect_VCardText_IsVCard()
    {
        Assert.Equal(ImportFormat.VCard, CsvDialects.Detect("\uFEFFBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\n"));
    }

    [Fact]
    public void Detect_EmptyHead_IsPlainCsv()
    {
        Assert.Equal(ImportFormat.Csv, CsvDialects.Detect(""));
    }
}
