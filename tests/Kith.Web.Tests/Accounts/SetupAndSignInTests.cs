using System.Net;
using Kith.Core.People;
using Kith.Web.Tests.Api;
using Kith.Web.Tests.Pages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Web.Tests.Accounts;

/// <summary>Accounts required: setting Kith up, signing in and out, and where a person who is not signed in is sent.</summary>
public sealed class SetupAndSignInTests : IDisposable
{
    private readonly AccountsWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private PageClient Anonymous() => new(_factory.Services, _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    [Fact]
    public async Task Page_NoUserYet_RedirectsToSignInThenToSetup()
    {
        var client = Anonymous();

        var agenda = await client.GetResponseAsync("/people");
        Assert.Equal(HttpStatusCode.Redirect, agenda.StatusCode);
        Assert.Equal("/account/sign-in?ReturnUrl=%2Fpeople", agenda.Headers.Location!.PathAndQuery);
        var signIn = await client.GetResponseAsync("/account/sign-in?ReturnUrl=%2Fpeople");
        Assert.Equal("/account/setup", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Setup_FirstUser_BecomesAdminAndOwnsTheLocalData()
    {
        // Recorded before accounts were switched on: it belongs to the local account.
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Kith.Web.Accounts.CurrentAccount>().ActFor(await LocalAccountIdAsync());
            await scope.ServiceProvider.GetRequiredService<PeopleService>().CreateAsync(new PersonInput { FirstName = "Ada", LastName = "Before" });
        }
        var client = Anonymous();
        var page = await client.GetAsync("/account/setup");
        Assert.Equal("Set up Kith", page.Text("h1"));
        Assert.Null(page.QuerySelector("nav[aria-label=Main]"));

        var done = await client.SubmitAsync(page, "form", ("Input.Email", "admin@example.com"), ("Input.Password", AccountsWebFactory.Password), ("Input.ConfirmPassword", AccountsWebFactory.Password));

        var home = await client.FollowAsync(done);
        Assert.StartsWith("Welcome. You are signed in as admin@example.com, the admin", home.Text("[role=status]"), StringComparison.Ordinal);
        Assert.Equal("admin@example.com", home.Text("#signed-in-as"));
        Assert.Equal("Invitations", home.Text(".account-bar a[href='/admin/invitations']"));
        var people = await client.GetAsync("/people");
        Assert.Contains("Ada Before", people.Text("main"), StringComparison.Ordinal);
        // Set up once: the page now sends people to sign in.
        Assert.Equal("/account/sign-in", (await Anonymous().GetResponseAsync("/account/setup")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Setup_ShortPasswordAndMismatch_ShowsBothNextToTheirFields()
    {
        var client = Anonymous();
        var page = await client.GetAsync("/account/setup");

        var refused = await client.SubmitAsync(page, "form", ("Input.Email", "admin@example.com"), ("Input.Password", "short"), ("Input.ConfirmPassword", "short"));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.StartsWith("Use at least 12 characters", refused.Document.FieldError("Input.Password"), StringComparison.Ordinal);
        var mismatch = await client.SubmitAsync(page, "form", ("Input.Email", "admin@example.com"), ("Input.Password", AccountsWebFactory.Password), ("Input.ConfirmPassword", "something else entirely"));
        Assert.Equal("The two passwords are not the same.", mismatch.Document.FieldError("Input.ConfirmPassword"));
        Assert.Equal("/account/setup", (await Anonymous().GetResponseAsync("/account/sign-in")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoAndStaysSignedOut()
    {
        await _factory.UserAsync("ann@example.com");
        var client = Anonymous();
        var page = await client.GetAsync("/account/sign-in");

        var refused = await client.SubmitAsync(page, "form", ("Input.Email", "ann@example.com"), ("Input.Password", "not the right password"));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.StartsWith("That e-mail address and password do not match an account.", refused.Document.FieldError("Input.Password"), StringComparison.Ordinal);
        Assert.Contains("One thing needs attention", refused.Document.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetResponseAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        await _factory.UserAsync("bob@example.com");
        var client = Anonymous();
        var page = await client.GetAsync("/account/sign-in");
        for (var i = 0; i < 5; i++)
            await client.SubmitAsync(page, "form", ("Input.Email", "bob@example.com"), ("Input.Password", $"wrong password {i}"));

        var locked = await client.SubmitAsync(page, "form", ("Input.Email", "bob@example.com"), ("Input.Password", AccountsWebFactory.Password));

        Assert.Equal(HttpStatusCode.OK, locked.Status);
        Assert.Equal("Too many wrong passwords: this account is locked for 15 minutes. Try again later.", locked.Document.FieldError("Input.Password"));
    }

    [Fact]
    public async Task SignIn_RightPassword_GoesBackToTheAskedPageAndSignOutEndsIt()
    {
        await _factory.UserAsync("cy@example.com");
        var client = Anonymous();
        var page = await client.GetAsync("/account/sign-in?ReturnUrl=%2Fpeople");

        var signedIn = await client.SubmitAsync(page, "form", ("Input.Email", "cy@example.com"), ("Input.Password", AccountsWebFactory.Password));

        Assert.Equal("/people", signedIn.Response.Headers.Location!.OriginalString);
        var people = await client.FollowAsync(signedIn);
        Assert.Equal("cy@example.com", people.Text("#signed-in-as"));
        var signedOut = await client.SubmitAsync(people, "form.sign-out");
        Assert.Equal("/account/sign-in", signedOut.Response.Headers.Location!.OriginalString);
        Assert.Equal("You are signed out.", (await client.FollowAsync(signedOut)).Text("[role=status]"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetResponseAsync("/people")).StatusCode);
    }

    [Fact]
    public async Task SignIn_ReturnUrlToAnotherSite_GoesHomeInstead()
    {
        await _factory.UserAsync("dee@example.com");
        var client = Anonymous();
        var page = await client.GetAsync("/account/sign-in?ReturnUrl=https%3A%2F%2Fevil.example%2F");

        var signedIn = await client.SubmitAsync(page, "form", ("Input.Email", "dee@example.com"), ("Input.Password", AccountsWebFactory.Password));

        Assert.Equal("/", signedIn.Response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Anonymous_StaticFilesAndTheCalendarFeedOfItsToken_NeedNoSignIn()
    {
        var signedIn = await _factory.SignedInClientAsync("eve@example.com");
        var feed = (await signedIn.GetOkAsync<System.Text.Json.JsonElement>("/api/v1/calendar")).GetProperty("url").GetString()!;
        var anonymous = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/css/site.css")).StatusCode);
        using var calendar = await anonymous.GetAsync(new Uri(feed).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        Assert.StartsWith("BEGIN:VCALENDAR", await calendar.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendar/not-a-token.ics")).StatusCode);
    }

    private async Task<int> LocalAccountIdAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<Kith.Core.Accounts.LocalAccount>().AccountId;
    }
}
