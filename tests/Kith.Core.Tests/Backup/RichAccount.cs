using Kith.Core.Accounts;
using Kith.Core.Data;
using Kith.Core.Feed;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.Mentoring;
using Kith.Core.Networking;
using Kith.Core.Opportunities;
using Kith.Core.People;
using Kith.Core.Pitch;
using Kith.Core.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Backup;

/// <summary>
/// An account with something in every table and every column, made through the real services the
/// way a user would (and, for what only an import sets — photo, labels, kept vCard lines — directly).
/// </summary>
public static class RichAccount
{
    public static async Task BuildAsync(TestDatabase db)
    {
        Task<T> With<TService, T>(Func<TService, Task<T>> work) where TService : notnull =>
            db.RunAsync(sp => work(sp.GetRequiredService<TService>()));

        await With<SettingsService, SettingsView>(s => s.SetAsync(new SettingsInput("America/Sao_Paulo")));

        // People: an employee created before the boss they report to, so reports-to points forward.
        var anaInput = new PersonInput
        {
            FirstName = "Ana", LastName = "Lima", Nickname = "Aninha", Emails = ["ana@example.com", "ana.lima@home.example"],
            Phones = ["+55 11 5555-0101", "+55 11 5555-0102"], Organisation = "Acme", Department = "Finance", JobTitle = "Controller",
            Level = "peer", Employer = "inside", Roles = ["colleague", "friend"], Tags = ["book club", "2019 offsite"],
            Expertise = ["budgeting", "public speaking"], HowWeMet = "Onboarding week", MetOn = "2019-05-06",
            LinkedInUrl = "https://www.linkedin.com/in/ana-lima", Website = "https://ana.example", Notes = "Prefers mornings.",
            Birthday = "1990-07-14",
            Addresses = [new AddressInput
            {
                Label = "work", PoBox = "PO 12", Extended = "Floor 3", Street = "Rua Augusta 12", Locality = "São Paulo",
                Region = "SP", PostalCode = "01305-000", Country = "Brazil",
            }],
        };
        var ana = await With<PeopleService, PersonDetail>(s => s.CreateAsync(anaInput));
        var bruno = await With<PeopleService, PersonDetail>(s => s.CreateAsync(new PersonInput
        {
            FirstName = "Bruno", LastName = "Costa", Organisation = "Acme", Department = "Finance", JobTitle = "CFO",
            Level = "more-senior", Employer = "inside", Roles = ["management", "mentor"], Tags = ["book club"], Expertise = ["budgeting"],
        }));
        await With<PeopleService, PersonDetail>(s => s.UpdateAsync(ana.Id, anaInput with { ReportsToId = bruno.Id }));
        var carla = await With<PeopleService, PersonDetail>(s => s.CreateAsync(new PersonInput
        {
            FirstName = "Carla", LastName = "Élodie", Organisation = "Globex", Level = "more-junior", Employer = "outside", Roles = ["industry-peer"],
        }));
        var connector = await With<PeopleService, PersonDetail>(s => s.CreateAsync(new PersonInput { FirstName = "Dora", Roles = ["colleague"] }));
        var me = await With<PeopleService, PersonDetail>(s => s.GetMeAsync());
        await With<PeopleService, PersonDetail>(s => s.UpdateAsync(me.Id, new PersonInput
        {
            FirstName = "Maria", LastName = "Souza", Emails = ["maria@example.com"], Organisation = "Acme", JobTitle = "Analyst",
        }));
        await db.RunAsync(async sp =>
        {
            // What only an import sets: a photo, labels on e-mails and phones, vCard lines Kith keeps.
            var context = sp.GetRequiredService<KithDbContext>();
            var person = await context.People.Include(p => p.Emails).Include(p => p.Phones).FirstAsync(p => p.Id == ana.Id);
            person.Photo = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46];
            person.PhotoMediaType = "image/jpeg";
            person.CardExtras = "X-SKYPE:ana.lima\nANNIVERSARY:20150612";
            person.Emails[0].Label = "work";
            person.Phones[1].Label = "cell";
            return await context.SaveChangesAsync();
        });

        // Keeping in touch: interactions with several people, cadences, a snooze, follow-ups open and done.
        await With<InteractionService, InteractionView>(s => s.LogAsync(new InteractionInput
        {
            PersonIds = [ana.Id, bruno.Id, carla.Id], OccurredAt = "2026-03-10T12:30", Kind = "lunch",
            Summary = "Team lunch", Notes = "Bruno is moving to Lisbon.", Exchange = "gave",
        }));
        await With<InteractionService, InteractionView>(s => s.LogAsync(new InteractionInput
        {
            PersonIds = [carla.Id], OccurredAt = "2026-03-12", Kind = "call", Summary = "Catch-up", Exchange = "asked",
        }));
        await With<KeepInTouchService, CadenceView>(s => s.SetCadenceAsync(ana.Id, new CadenceInput { Every = 2, Max = 3, Unit = "weeks" }));
        await With<KeepInTouchService, CadenceView>(s => s.SetCadenceAsync(carla.Id, new CadenceInput { Every = 1, Unit = "months" }));
        await db.RunAsync(async sp => { await sp.GetRequiredService<KeepInTouchService>().SnoozeAsync(carla.Id, "2026-05-01"); return 0; });
        var sendArticle = await With<KeepInTouchService, FollowUpView>(s => s.AddFollowUpAsync(new FollowUpInput
        {
            PersonId = ana.Id, Description = "Send Ana the article", DueOn = "2026-03-20",
        }));
        await With<KeepInTouchService, FollowUpView>(s => s.AddFollowUpAsync(new FollowUpInput
        {
            PersonId = bruno.Id, Description = "Ask Bruno about Lisbon", DueOn = "2026-03-18",
        }));
        await With<KeepInTouchService, FollowUpView>(s => s.SetDoneAsync(sendArticle.Id, true));

        await BuildMentoringAsync(db, bruno.Id);
        await BuildNetworkingAsync(db, ana.Id, carla.Id, connector.Id);
    }

    private static async Task BuildMentoringAsync(TestDatabase db, int mentorId)
    {
        Task<T> With<TService, T>(Func<TService, Task<T>> work) where TService : notnull =>
            db.RunAsync(sp => work(sp.GetRequiredService<TService>()));

        var goal = await With<GoalService, GoalDetail>(s => s.CreateAsync(new GoalInput(
            "Lead a finance team", "Within two years", "two-years", "2027-12-31", "active", ["budgeting", "people management"])));
        await With<GoalService, GoalNoteView>(s => s.AddNoteAsync(goal.Id, new GoalNoteInput("Asked my boss about the next opening.")));

        var mentorship = await With<MentorshipService, MentorshipDetail>(s => s.CreateAsync(new MentorshipInput(
            mentorId, Kind: "board-member", Areas: ["budgeting"], Status: "candidate", AskOn: "2026-03-18",
            Expectations: "Coffee once a month", MeetEvery: 1, MeetUnit: "months")));
        var id = mentorship.Summary.Id;
        await With<MentorshipService, MentorshipDetail>(s => s.ChangeStatusAsync(id, new StatusChangeInput("asked", "2026-03-16", "Asked after lunch")));
        await With<MentorshipService, MentorshipDetail>(s => s.ChangeStatusAsync(id, new StatusChangeInput("active", "2026-03-16")));
        await With<MentorshipService, MentorshipDetail>(s => s.CreateAsync(new MentorshipInput(
            null, Seeking: "someone who has run a P&L", Kind: "shepherd", Areas: ["people management"])));

        var offered = await With<MentorshipService, MeetingView>(s => s.ProposeMeetingAsync(id, new MeetingInput(
            ["2026-03-20T12:00", "2026-03-21T12:00"], 45, "Café Girondino", "Ask about the budget cycle")));
        await With<MentorshipService, MeetingView>(s => s.ChooseTimeAsync(offered.Id, offered.Proposals[1].Id));
        await With<MentorshipService, MeetingView>(s => s.RecordMeetingAsync(offered.Id, new MeetingRecordInput("Start with the forecast.")));
        var later = await With<MentorshipService, MeetingView>(s => s.ProposeMeetingAsync(id, new MeetingInput(["2026-04-20T12:00"])));
        await With<MentorshipService, MeetingView>(s => s.CancelMeetingAsync(later.Id));

        var read = await With<MentorshipService, CommitmentView>(s => s.AddCommitmentAsync(id, new CommitmentInput(
            "request", "Read 'The Goal'", "2026-03-16", "2026-04-01")));
        await With<MentorshipService, CommitmentView>(s => s.SetCommitmentDoneAsync(read.Id, true));
        await With<MentorshipService, CommitmentView>(s => s.AddCommitmentAsync(id, new CommitmentInput("commitment", "Draft the forecast")));
    }

    private static async Task BuildNetworkingAsync(TestDatabase db, int anaId, int carlaId, int connectorId)
    {
        Task<T> With<TService, T>(Func<TService, Task<T>> work) where TService : notnull =>
            db.RunAsync(sp => work(sp.GetRequiredService<TService>()));

        await With<NetworkingService, NetworkingChoicesView>(s => s.SetInterestsAsync(["weekly-lunch", "outgoing-buddy"]));
        var step = await With<NetworkingService, NetworkingCommitmentView>(s => s.CommitAsync(new NetworkingCommitmentInput(
            "professional-association", "Go to the PMI mixer", "2026-03-19")));
        await With<NetworkingService, NetworkingCommitmentView>(s => s.SetDoneAsync(step.Id, true));

        // Weekly plan: a lunch slot kept last week and swapped next week, and an ended coffee slot.
        await With<PlanService, PlanView>(s => s.SetPlanAsync(new PlanInput(120, 1)));
        var lunch = await With<PlanService, SlotView>(s => s.AddSlotAsync(new SlotInput("monday", "12:00", 60, "lunch", "Team lunch", "2026-03-02")));
        await With<PlanService, PlannedSlotView>(s => s.DoneAsync(lunch.Id, "2026-03-09", new SlotDoneInput(anaId, "Lunch with Ana", "Talked budgets", "neither")));
        await With<PlanService, PlannedSlotView>(s => s.SwapAsync(lunch.Id, "2026-03-23"));
        await With<PlanService, PlannedSlotView>(s => s.AcceptAsync(lunch.Id, "2026-03-30", carlaId));
        var coffee = await With<PlanService, SlotView>(s => s.AddSlotAsync(new SlotInput("thursday", "08:30", 30, "coffee", StartsOn: "2026-02-05")));
        await db.RunAsync(async sp => { await sp.GetRequiredService<PlanService>().EndSlotAsync(coffee.Id); return 0; });

        var pmi = await With<OpportunityService, OpportunityDetail>(s => s.CreateAsync(new OpportunityInput(
            "PMI chapter", "association", "member", "2025-01-10", "https://pmi.example", "Monthly mixers", connectorId)));
        var mixer = await With<OpportunityService, EventView>(s => s.AddEventAsync(pmi.Id, new EventInput(
            "Spring mixer", "2026-03-12T18:00", 90, "Hotel Unique", connectorId)));
        await With<OpportunityService, EventView>(s => s.SetAttendedAsync(mixer.Id, true));
        await With<OpportunityService, EventView>(s => s.AddPersonMetAsync(mixer.Id, new MetInput(
            NewPerson: new PersonInput { FirstName = "Eva", Organisation = "Initech" }, FollowUpOn: "2026-03-19", FollowUp: "Send Eva the deck")));

        var intro = await With<IntroductionService, IntroductionView>(s => s.CreateAsync(new IntroductionInput(
            connectorId, TargetDescription: "someone in Treasury", Reason: "Learn the budget cycle")));
        await With<IntroductionService, IntroductionView>(s => s.AdvanceAsync(intro.Id, new IntroductionStepInput("asked", "2026-03-10")));
        await With<IntroductionService, IntroductionView>(s => s.AdvanceAsync(intro.Id, new IntroductionStepInput("introduced", "2026-03-12")));
        await With<IntroductionService, IntroductionView>(s => s.AdvanceAsync(intro.Id, new IntroductionStepInput("met", "2026-03-14",
            new MetInput(NewPerson: new PersonInput { FirstName = "Fabio", Department = "Treasury" }))));

        var pitch = await With<PitchService, PitchView>(s => s.SaveAsync(new PitchInput("everyday", "I help finance teams plan with confidence.")));
        await With<PitchService, PitchView>(s => s.AddPracticeAsync(pitch.Id, new PracticeInput(42, 4, "2026-03-15", "Slow down at the end")));
        await With<PitchService, PitchView>(s => s.SaveAsync(new PitchInput("job-search", "I am looking for a team to lead.")));

        await With<FeedService, string>(s => s.TokenAsync());
    }
}
