using AngleSharp;
using AngleSharp.Dom;
using Kith.Web.Hosting;

namespace Kith.Web.Tests.Hosting;

/// <summary>Notes are Markdown; whatever someone pastes into one, the page gets no markup that can run.</summary>
public sealed partial class NoteMarkdownTests
{
    private static readonly string[] ForbiddenAttributes = ["style", "src", "srcset", "formaction", "action", "xlink:href"];

    /// <summary>Attempts to smuggle script through a note: raw HTML, every Markdown link form, encodings and whitespace tricks.</summary>
    public static TheoryData<string> Attacks => new()
    {
        "<script>alert(1)</script>",
        "before <script>alert(1)</script> after",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "\"><img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "<embed src=javascript:alert(1)>",
        "<a href=\"javascript:alert(1)\">raw</a>",
        "<div onclick=alert(1)>click</div>",
        "<!-- <script>alert(1)</script> -->",
        "<details open ontoggle=alert(1)>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x]( javascript:alert(1) )",
        "[x](<javascript:alert(1)>)",
        "[x](javascript&#58;alert(1))",
        "[x](jav&#x61;script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](java\tscript:alert(1))",
        "[x](java%0ascript:alert(1))",
        "[x](%6Aavascript:alert(1))",
        "[x](javascript://%0aalert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](file:///etc/passwd)",
        "[x](//evil.example/steal)",
        "[x](/people/1/delete)",
        "[x](#top)",
        "[x](https://ok.example \"title\" onmouseover=alert(1))",
        "[x](https://ok.example\"onmouseover=\"alert(1))",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "[x][ref]\n\n[ref]: <javascript:alert(1)> \"t\"",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,<script>alert(1)</script>>",
        "![x](javascript:alert(1))",
        "![x](https://evil.example/track.png)",
        "![x](https://evil.example/x.png \"t\")\n\n![y][img]\n\n[img]: https://evil.example/y.png",
        "![x\" onerror=\"alert(1)](https://evil.example/x.png)",
        "[![img](https://evil.example/x.png)](javascript:alert(1))",
        "> [x](javascript:alert(1))\n> <script>alert(1)</script>",
        "- [x](javascript:alert(1))\n- <img src=x onerror=alert(1)>",
        "```html\n<script>alert(1)</script>\n```",
        "```\" onload=\"alert(1)\n<script>alert(1)</script>\n```",
        "`<script>alert(1)</script>`",
        "www.example.com/\"onmouseover=\"alert(1)",
        "https://example.com/<script>alert(1)</script>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "\\<script>alert(1)\\</script>",
        "[x](https://ok.example){onclick=alert(1)}",
        "# Title {#id onclick=alert(1)}",
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void ToHtml_Attack_HasNoMarkupThatCanRun(string note)
    {
        var html = NoteMarkdown.ToHtml(note);
        var body = Parse(html);

        Assert.Empty(body.QuerySelectorAll("script, iframe, object, embed, svg, math, style, img, form, input, base, link, meta"));
        foreach (var element in body.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{element.LocalName} has {attribute.Name} in: {html}");
                Assert.DoesNotContain(attribute.Name, ForbiddenAttributes);
            }
            if (element.GetAttribute("href") is { } href)
                Assert.True(SafeHref().IsMatch(href), $"Link to '{href}' in: {html}");
        }
    }

    [Fact]
    public void ToHtml_RawHtml_IsShownAsTheTextTyped()
    {
        var body = Parse(NoteMarkdown.ToHtml("Ask about <script>alert(1)</script> & more"));
        Assert.Equal("Ask about <script>alert(1)</script> & more", body.TextContent.Trim());
    }

    [Fact]
    public void ToHtml_JavascriptLink_IsShownAsWritten_NotAsALink()
    {
        var body = Parse(NoteMarkdown.ToHtml("see [x](javascript:alert(1)) now"));
        Assert.Empty(body.QuerySelectorAll("a"));
        Assert.Equal("see [x](javascript:alert(1)) now", body.TextContent.Trim());
    }

    [Fact]
    public void ToHtml_WebAndMailLinks_AreLinksThatShareNothing()
    {
        var body = Parse(NoteMarkdown.ToHtml("[site](https://ana.example/) <https://b.example> mail <ana@example.com> and www.c.example"));
        var links = body.QuerySelectorAll("a").ToList();

        Assert.Equal(["https://ana.example/", "https://b.example", "mailto:ana@example.com", "http://www.c.example"], links.Select(a => a.GetAttribute("href")));
        Assert.All(links.Where(a => a.GetAttribute("href")!.StartsWith("http", StringComparison.Ordinal)), a => Assert.Equal("noopener noreferrer nofollow", a.GetAttribute("rel")));
    }

    [Fact]
    public void ToHtml_Image_BecomesALinkAndIsNeverLoaded()
    {
        var body = Parse(NoteMarkdown.ToHtml("![her slides](https://ana.example/slides.png)"));
        Assert.Empty(body.QuerySelectorAll("img"));
        var link = Assert.Single(body.QuerySelectorAll("a"));
        Assert.Equal("https://ana.example/slides.png", link.GetAttribute("href"));
        Assert.Equal("her slides", link.TextContent);
    }

    [Fact]
    public void ToHtml_CommonMarks_RenderAsExpected()
    {
        var body = Parse(NoteMarkdown.ToHtml("**bold** _it_ `code`\nnext line\n\n- one\n- two\n\n> quoted"));

        Assert.Equal("bold", body.QuerySelector("strong")?.TextContent);
        Assert.Equal("it", body.QuerySelector("em")?.TextContent);
        Assert.Equal("code", body.QuerySelector("code")?.TextContent);
        Assert.NotNull(body.QuerySelector("p br"));
        Assert.Equal(["one", "two"], body.QuerySelectorAll("ul li").Select(li => li.TextContent));
        Assert.Equal("quoted", body.QuerySelector("blockquote")?.TextContent.Trim());
    }

    [Fact]
    public void ToHtml_Headings_StayBelowThePagesOwn()
    {
        var body = Parse(NoteMarkdown.ToHtml("# Big\n\n## Smaller\n\nSetext\n======\n\n#### Deep"));
        Assert.Empty(body.QuerySelectorAll("h1, h2, h3"));
        Assert.Equal(["h4", "h5", "h4", "h6"], body.QuerySelectorAll("h4, h5, h6").Select(h => h.LocalName));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void ToHtml_EmptyNote_IsEmpty(string? note) => Assert.Equal("", NoteMarkdown.ToHtml(note));

    /// <summary>A web or mail address with nothing a browser would strip or reinterpret before the scheme.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(https?://|mailto:)[^\s\x00-\x1f]+$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SafeHref();

    private static IElement Parse(string html)
    {
        var document = BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content($"<!doctype html><html><body>{html}</body></html>")).GetAwaiter().GetResult();
        return document.Body!;
    }
}
