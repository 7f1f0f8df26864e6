using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.Mentoring;
using Kith.Core.Networking;
using Kith.Core.Opportunities;
using Kith.Core.People;
using Kith.Core.Pitch;
using Kith.Core.Plan;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Web.Tests.Browser;

/// <summary>
/// An account where every text field of every entity holds an XSS payload. Each value is a payload
/// followed by a plain word naming the field ("xfirst", "xorg"…), so a test can tell which field a page shows.
/// </summary>
internal sealed class XssSeed
{
    /// <summary>Markup and script in the forms people paste, each one setting window.__xss or opening a dialog if it ever ran.</summary>
    public static readonly string[] Payloads =
    [
        "<script>window.__xss=1</script>",
        "\"><img src=x onerror=window.__xss=1>",
        "<svg onload=window.__xss=1>",
        "'-alert(1)-'",
        "{{constructor.constructor('window.__xss=1')()}}",
        "<img src=x onerror=alert(1)>",
        "\"><script>alert(1)</script>",
        "</textarea><script>window.__xss=1</script>",
        "<iframe src=javascript:window.__xss=1></iframe>",
        "' onmouseover='window.__xss=1' x='",
        "${alert(1)}</title><script>alert(1)</script>",
    ];

    /// <summary>A note: Markdown with a javascript: link as well as raw HTML, all of which must read as typed.</summary>
    public const string NoteLink = "[x](javascript:window.__xss=1)";

    private int _next;

    /// <summary>Field word → the whole value stored.</summary>
    public Dictionary<string, string> Values { get; } = [];

    public int PersonId { get; private set; }
    public int GoalId { get; private set; }
    public int MentorshipId { get; private set; }
    public int ScheduledMeetingId { get; private set; }
    public int HeldMeetingId { get; private set; }
    public int OpportunityId { get; private set; }
    public int EventId { get; private set; }

    /// <summary>The value for a field: the next payload and the field's word.</summary>
    public string V(string field)
    {
        var value = $"{Payloads[_next++ % Payloads.Length]} x{field}";
        Values.Add(field, value);
        return value;
    }

    /// <summary>A note: raw HTML, a javascript: link and the field's word, on separate lines.</summary>
    public string Note(string field)
    {
        var value = $"{Payloads[_next++ % Payloads.Length]} {NoteLink} x{field}";
        Values.Add(field, value);
        return value;
    }

    public static async Task<XssSeed> CreateAsync(KithWebFactory factory)
    {
        var seed = new XssSeed();
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var people = services.GetRequiredService<PeopleService>();

        var person = await people.CreateAsync(seed.PersonInput());
        seed.PersonId = person.Id;
        // The same name again, so the duplicates page has a group to show.
        await people.CreateAsync(new PersonInput { FirstName = seed.Values["first"], LastName = seed.Values["last"], Emails = [Email] });

        var keepInTouch = services.GetRequiredService<KeepInTouchService>();
        await keepInTouch.SetCadenceAsync(person.Id, new CadenceInput { Every = 2, Unit = "weeks" });
        await keepInTouch.AddFollowUpAsync(new FollowUpInput { PersonId = person.Id, Description = seed.V("followup"), DueOn = "2026-03-18" });
        await services.GetRequiredService<InteractionService>().LogAsync(new InteractionInput
        {
            PersonIds = [person.Id], OccurredAt = "2026-03-10", Kind = "lunch", Summary = seed.V("summary"), Notes = seed.Note("interactionnotes"), Exchange = "gave",
        });

        var goals = services.GetRequiredService<GoalService>();
        var goal = await goals.CreateAsync(new GoalInput(seed.V("goaltitle"), seed.Note("goaldescription"), "one-year", Areas: [seed.V("goalarea")]));
        seed.GoalId = goal.Id;
        await goals.AddNoteAsync(goal.Id, new GoalNoteInput(seed.Note("goalnote")));

        var mentorships = services.GetRequiredService<MentorshipService>();
        var mentorship = await mentorships.CreateAsync(new MentorshipInput(person.Id, Kind: "guardian-angel", Areas: [seed.Values["goalarea"]],
            Status: "active", Expectations: seed.Note("expectations"), MeetEvery: 4, MeetUnit: "weeks"));
        seed.MentorshipId = mentorship.Summary.Id;
        await mentorships.CreateAsync(new MentorshipInput(null, Seeking: seed.V("seeking"), Kind: "shepherd", Areas: [seed.V("seekingarea")], Status: "candidate"));
        await mentorships.AddCommitmentAsync(mentorship.Summary.Id, new CommitmentInput("commitment", seed.V("commitment"), DueOn: "2026-03-20"));
        var held = await mentorships.ProposeMeetingAsync(mentorship.Summary.Id, new MeetingInput(["2026-03-16T10:00"], 60, seed.V("heldlocation")));
        await mentorships.RecordMeetingAsync(held.Id, new MeetingRecordInput(seed.Note("meetingnotes"), "2026-03-16", seed.Note("heldprep")));
        seed.HeldMeetingId = held.Id;
        var scheduled = await mentorships.ProposeMeetingAsync(mentorship.Summary.Id, new MeetingInput(["2026-03-25T10:00"], 60, seed.V("location"), seed.Note("prep")));
        seed.ScheduledMeetingId = scheduled.Id;

        var opportunities = services.GetRequiredService<OpportunityService>();
        var opportunity = await opportunities.CreateAsync(new OpportunityInput(seed.V("oppname"), "association", seed.V("opprole"),
            Website: "https://example.org/'-alert(1)-'", Notes: seed.Note("oppnotes"), BuddyId: person.Id));
        seed.OpportunityId = opportunity.Id;
        var evening = await opportunities.AddEventAsync(opportunity.Id, new EventInput(seed.V("eventtitle"), "2026-03-14T18:30", 90, seed.V("eventlocation")));
        seed.EventId = evening.Id;
        await opportunities.AddPersonMetAsync(evening.Id, new MetInput(NewPerson: new PersonInput { FirstName = seed.V("metfirst"), Organisation = seed.V("metorg") },
            FollowUp: seed.V("metfollowup")));

        await services.GetRequiredService<IntroductionService>().CreateAsync(new IntroductionInput(person.Id, TargetDescription: seed.V("target"), Reason: seed.V("reason")));

        var pitches = services.GetRequiredService<PitchService>();
        var pitch = await pitches.SaveAsync(new PitchInput("everyday", seed.V("pitch")));
        await pitches.AddPracticeAsync(pitch.Id, new PracticeInput(45, 3, "2026-03-15", seed.V("practice")));

        var plan = services.GetRequiredService<PlanService>();
        await plan.SetPlanAsync(new PlanInput(120));
        await plan.AddSlotAsync(new SlotInput("wednesday", "12:00", 60, "lunch", seed.V("slot")));

        var networking = services.GetRequiredService<NetworkingService>();
        await networking.SetInterestsAsync(["weekly-lunch"]);
        await networking.CommitAsync(new NetworkingCommitmentInput("weekly-lunch", seed.V("networking"), "2026-03-25"));
        return seed;
    }

    /// <summary>As much of a payload as an e-mail address can hold and still be valid.</summary>
    public const string Email = "x'-window.__xss=1-'@example.com";

    private PersonInput PersonInput() => new()
    {
        FirstName = V("first"),
        LastName = V("last"),
        Nickname = V("nickname"),
        Emails = [Email],
        Organisation = V("org"),
        Department = V("dept"),
        JobTitle = V("jobtitle"),
        Level = "peer",
        Employer = "inside",
        Roles = ["mentor", "colleague"],
        Tags = [V("tag")],
        Expertise = [V("expertise")],
        HowWeMet = V("howwemet"),
        MetOn = "2025-01-10",
        LinkedInUrl = "https://www.linkedin.com/in/x\"><script>window.__xss=1</script>",
        Website = "https://example.com/\"><img src=x onerror=window.__xss=1>",
        Notes = Note("notes"),
        Addresses = [new AddressInput { Label = "work", Street = V("street"), Locality = V("city"), Country = "Portugal" }],
    };
}
