namespace Kith.Web.Pages.Exercises;

/// <summary>The three guided exercises, and why each is worth the time.</summary>
public sealed class IndexModel : KithPageModel
{
    public void OnGet()
    {
    }
}
