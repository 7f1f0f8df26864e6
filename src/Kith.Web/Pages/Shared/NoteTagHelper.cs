using Kith.Web.Hosting;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Kith.Web.Pages.Shared;

/// <summary>
/// Shows a note written in Markdown: <c>&lt;note text="@person.Notes" class="…" /&gt;</c> becomes a
/// <c>div.note</c> holding the sanitised HTML from <see cref="NoteMarkdown"/>. An empty note renders nothing.
/// </summary>
[HtmlTargetElement("note", Attributes = TextAttribute, TagStructure = TagStructure.WithoutEndTag)]
public sealed class NoteTagHelper : TagHelper
{
    private const string TextAttribute = "text";

    [HtmlAttributeName(TextAttribute)]
    public string? Text { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var html = NoteMarkdown.ToHtml(Text);
        if (html.Length == 0)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("note", System.Text.Encodings.Web.HtmlEncoder.Default);
        output.Content.SetHtmlContent(html);
    }
}
