using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kith.Web.Hosting;

/// <summary>
/// Turns a note someone wrote (Markdown) into HTML that is safe to put in a page: raw HTML shows as
/// text, links go only to web and mail addresses, images are never loaded, headings stay below the page's own.
/// </summary>
public static class NoteMarkdown
{
    /// <summary>The only link schemes a note may use; anything else (javascript:, data:, relative paths) stays text.</summary>
    private static readonly string[] AllowedSchemes = ["http://", "https://", "mailto:"];

    // A small, fixed subset: no raw HTML, no generic attributes, no extensions that emit markup of their own.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .DisableHtml()
        .UseAutoLinks()
        .UseSoftlineBreakAsHardlineBreak()
        .UseReferralLinks("noopener", "noreferrer", "nofollow")
        .Build();

    /// <summary>The note's HTML; "" for a note that is empty.</summary>
    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var node in document.Descendants().ToList())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    // Notes sit under the page's h1–h3; a note's "# Title" must not outrank them.
                    heading.Level = Math.Min(heading.Level + 3, 6);
                    break;
                case LinkInline link:
                    Tame(link, markdown);
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !IsAllowed(autolink.Url):
                    autolink.ReplaceBy(new LiteralInline(Source(autolink, markdown, autolink.Url)), copyChildren: false);
                    break;
            }
        }
        return Markdown.ToHtml(document, Pipeline);
    }

    /// <summary>True for an absolute http, https or mailto address — checked on the text as the renderer will write it.</summary>
    public static bool IsAllowed(string? url) =>
        url is not null && AllowedSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase) && url.Length > s.Length);

    private static void Tame(LinkInline link, string markdown)
    {
        if (!IsAllowed(link.Url))
        {
            link.ReplaceBy(new LiteralInline(Source(link, markdown, link.Url ?? "")), copyChildren: false);
            return;
        }
        // A remote image would tell its server when the note was read; show it as a link instead.
        link.IsImage = false;
    }

    /// <summary>What the person typed for this inline, so a refused link reads exactly as written.</summary>
    private static string Source(Inline inline, string markdown, string fallback)
    {
        var span = inline.Span;
        return span.Start >= 0 && span.End < markdown.Length && span.End >= span.Start
            ? markdown.Substring(span.Start, span.Length)
            : fallback;
    }
}
