using System.Net;
using Kith.Web.Tests.Api;
using Kith.Web.Tests.Pages;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kith.Web.Tests.Accounts;

/// <summary>The admin invites, the invited person registers into an account of their own; my account page: tokens and password.</summary>
public sealed class InvitationAndAccountPagesTests(AccountsWebFactory factory) : IClassFixture<AccountsWebFactory>, IAsyncLifetime
{
    private const string Admin = "admin@example.com";

    // The first user made is the admin, whichever test runs first.
    public async Task InitializeAsync() => await factory.UserAsync(Admin);

    public Task DisposeAsync() => Task.CompletedTask;

    private PageClient Anonymous() => new(factory.Services, factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    [Fact]
    public async Task Invitation_LinkShownOnce_RegistersANewAccountWithItsOwnMe()
    {
        var admin = await factory.SignedInPagesAsync(Admin);
        var page = await admin.GetAsync("/admin/invitations");

        var made = await admin.SubmitAsync(page, "#invite form", ("Input.Email", "newbie@example.com"));

        Assert.Equal(HttpStatusCode.OK, made.Status);
        Assert.Contains("It is not shown again", made.Document.Text("#new-invitation"), StringComparison.Ordinal);
        var link = made.Document.QuerySelector("#invitation-link")!.GetAttribute("value")!;
        Assert.StartsWith("http://localhost/account/register?invitation=", link, StringComparison.Ordinal);
        Assert.StartsWith("pending until", made.Document.Texts("#invitation-list tbody tr td")[1], StringComparison.Ordinal);
        Assert.Null((await admin.GetAsync("/admin/invitations")).QuerySelector("#invitation-link"));

        var newbie = Anonymous();
        var register = await newbie.GetAsync(new Uri(link).PathAndQuery);
        var done = await newbie.SubmitAsync(register, "main form", ("Input.Email", "newbie@example.com"), ("Input.Password", AccountsWebFactory.Password), ("Input.ConfirmPassword", AccountsWebFactory.Password));
        var home = await newbie.FollowAsync(done);

        Assert.Equal("newbie@example.com", home.Text("#signed-in-as"));
        Assert.Empty(home.QuerySelectorAll(".account-bar a[href='/admin/invitations']"));
        var me = await newbie.Http.GetOkAsync<Kith.Core.People.PersonDetail>("/api/v1/people/me");
        var adminMe = await admin.Http.GetOkAsync<Kith.Core.People.PersonDetail>("/api/v1/people/me");
        Assert.NotEqual(adminMe.Id, me.Id);
        Assert.StartsWith("accepted by newbie@example.com", (await admin.GetAsync("/admin/invitations")).Texts("#invitation-list tbody tr td")[1], StringComparison.Ordinal);
        // Used up: the same link cannot make a second account.
        var again = await Anonymous().GetAsync(new Uri(link).PathAndQuery);
        Assert.StartsWith("This invitation link cannot be used", again.Text("#not-usable .notice"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_Revoked_LinkStopsWorking()
    {
        var admin = await factory.SignedInPagesAsync(Admin);
        var made = await admin.SubmitAsync(await admin.GetAsync("/admin/invitations"), "#invite form");
        var link = made.Document.QuerySelector("#invitation-link")!.GetAttribute("value")!;

        var revoked = await admin.SubmitAsync(made.Document, "#invitation-list tbody tr form");

        Assert.Equal("Invitation revoked: its link no longer works.", (await admin.FollowAsync(revoked)).Text("[role=status]"));
        Assert.NotNull((await Anonymous().GetAsync(new Uri(link).PathAndQuery)).QuerySelector("#not-usable"));
    }

    [Fact]
    public async Task Invitations_NotAdmin_IsNotFound()
    {
        await factory.UserAsync(Admin);
        var other = await factory.SignedInPagesAsync("plain@example.com");

        await other.GetAsync("/admin/invitations", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AccountPage_MakeToken_ShownOnceThenListedAndRevocable()
    {
        var me = await factory.SignedInPagesAsync("tok@example.com");
        var page = await me.GetAsync("/account");
        Assert.Equal("tok@example.com", page.Text("#my-email"));

        var made = await me.SubmitAsync(page, "#create-token", ("Token.Name", "laptop CLI"));

        var secret = made.Document.QuerySelector("#new-token-value")!.GetAttribute("value")!;
        Assert.StartsWith("kith_", secret, StringComparison.Ordinal);
        Assert.Single(made.Document.QuerySelectorAll("#token-list tbody tr"));
        Assert.Equal("laptop CLI", made.Document.Text("#token-list tbody th"));
        Assert.Equal(secret[..12] + "…", made.Document.Text("#token-list tbody td code"));
        var listed = await me.GetAsync("/account");
        Assert.Null(listed.QuerySelector("#new-token-value"));
        Assert.DoesNotContain(secret, listed.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var revoked = await me.SubmitAsync(listed, "#token-list tbody tr form");
        var after = await me.FollowAsync(revoked);
        Assert.Equal("Token “laptop CLI” revoked: it no longer works.", after.Text("[role=status]"));
        Assert.Equal("revoked", after.Texts("#token-list tbody td")[^1]);
    }

    [Fact]
    public async Task AccountPage_ChangePassword_WrongCurrentIsRefusedRightOneWorks()
    {
        var me = await factory.SignedInPagesAsync("pw@example.com");
        var page = await me.GetAsync("/account");
        const string next = "a brand new long passphrase";

        var wrong = await me.SubmitAsync(page, "#password form", ("Password.CurrentPassword", "not my password"), ("Password.NewPassword", next), ("Password.ConfirmPassword", next));
        Assert.Equal("That is not your current password.", wrong.Document.FieldError("Password.CurrentPassword"));

        var changed = await me.SubmitAsync(page, "#password form", ("Password.CurrentPassword", AccountsWebFactory.Password), ("Password.NewPassword", next), ("Password.ConfirmPassword", next));
        Assert.Equal("Password changed.", (await me.FollowAsync(changed)).Text("[role=status]"));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await AccountsWebFactory.SignInAsync(client, "pw@example.com", next)).StatusCode);
    }
}
